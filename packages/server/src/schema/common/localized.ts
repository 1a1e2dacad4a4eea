import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { type Lang, pick } from '../../lang.ts';
import { LanguageEnum } from './enums.ts';

const langArgs = builder.args((t) => ({
  lang: t.field({
    type: LanguageEnum,
    required: false,
    description:
      'Language to return. Defaults to the request’s Accept-Language (vi or en), else Vietnamese. Falls back to Vietnamese where the English text is missing.',
  }),
}));

/** Options for a text field in the chosen language (`name(lang: EN)`). */
export function localized<P>(description: string, vi: (parent: P) => string, en: (parent: P) => string | null) {
  return {
    type: 'String' as const,
    description,
    args: langArgs,
    resolve: (parent: P, args: { lang?: Lang | null }, ctx: Context) => pick(args.lang ?? ctx.lang, vi(parent), en(parent)),
  };
}
