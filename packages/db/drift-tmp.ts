import { newMigration } from './src/new-migration.ts';
const [r] = await newMigration('drift_check', { providers: ['postgresql'], dryRun: true });
console.log('postgresql', JSON.stringify(r!.script.slice(0, 3000)));
