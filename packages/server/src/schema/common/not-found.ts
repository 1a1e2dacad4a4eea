import { userError, ErrorCode } from '../../errors.ts';

/** The row, or a NOT_FOUND error that says how to find a valid code. */
export async function orNotFound<T>(row: Promise<T | null>, what: string, code: string, hint: string): Promise<T> {
  const found = await row;
  if (found == null) throw userError(ErrorCode.NOT_FOUND, `No ${what} has the code "${code}". ${hint}`);
  return found;
}
