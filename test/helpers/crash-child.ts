import { writeSync } from 'node:fs';
import { actionUpdateInputSchema } from '../../shared/domain/action';
import { answerInputSchema, moderationInputSchema } from '../../shared/domain/cycle';
import { openDatabase } from '../../electron/backend/db/open';
import { commitAgencyImport } from '../../electron/backend/io/agencies-import';
import { addUpdate } from '../../electron/backend/services/action-updates';
import { moderate, saveTypedAnswers } from '../../electron/backend/services/answers';
import { updateMeeting } from '../../electron/backend/services/meeting-changes';

// Spawned by test/unit/crash-safety.test.ts and killed with SIGKILL at a random moment. It writes through the
// real services as fast as it can and prints one line per COMMITTED change, only after the service call has
// returned, so the parent can check that every reported change survived the kill:
//   C <kind> <key> <run> <seq> <marker>
// Only the services are imported (not the whole dispatcher with the document builders), to start quickly.
// Usage: crash-child.ts DATABASE RUN

const [dbPath, runArg] = process.argv.slice(2);
const run = Number(runArg);
// Synchronous writes to the pipe: the line has left this process before the next write starts.
const report = (line: string) => writeSync(1, `${line}\n`);

const opened = await openDatabase(dbPath!);
const { db, sqlite } = opened;
const ctx = { userName: 'crash-test', now: () => new Date() };

// Targets from the demo partnership: a return being filled in, one being moderated, open actions, live meetings.
type Target = { ca: number; t: string; code: string };
const answers = sqlite.prepare('select cycle_agency_id ca, target_key t, self_code code from answers where cycle_agency_id = 26 and self_code is not null order by id limit 10').all() as Target[];
const moderations = sqlite.prepare('select cycle_agency_id ca, target_key t, self_code code from answers where cycle_agency_id = 24 and self_code is not null order by id limit 10').all() as Target[];
const actions = sqlite.prepare("select id from actions where status in ('not_started', 'on_track', 'at_risk') order by id limit 10").all() as Array<{ id: number }>;
const meetings = sqlite.prepare("select id from meetings where status in ('proposed', 'confirmed') order by id").all() as Array<{ id: number }>;
report(`READY ${Math.round(performance.now())}ms`);

for (let seq = 1; ; seq++) {
  const marker = `crash-${run}-${seq}`;
  const pick = <T>(list: T[]) => list[Math.floor(seq / 5) % list.length]!;
  const done = (kind: string, key: string | number) => report(`C ${kind} ${key} ${run} ${seq} ${marker}`);
  switch (seq % 5) {
    case 0: {
      const csv = `Name,Sector\r\nCrash agency ${marker},Health\r\n`;
      await commitAgencyImport(db, ctx, { fileName: `${marker}.csv`, contentBase64: Buffer.from(csv).toString('base64') });
      done('agency', marker);
      break;
    }
    case 1: {
      const a = pick(answers);
      await saveTypedAnswers(db, ctx, a.ca, [answerInputSchema.parse({ targetKey: a.t, selfCode: a.code, evidence: `Evidence ${marker}` })]);
      done('answer', `${a.ca}:${a.t}`);
      break;
    }
    case 2: {
      const m = pick(moderations);
      await moderate(db, ctx, m.ca, [moderationInputSchema.parse({ targetKey: m.t, moderatedCode: m.code, note: `Note ${marker}` })]);
      done('moderation', `${m.ca}:${m.t}`);
      break;
    }
    case 3: {
      const a = pick(actions);
      await addUpdate(db, ctx, a.id, actionUpdateInputSchema.parse({ text: `Update ${marker}` }));
      done('update', a.id);
      break;
    }
    default: {
      const m = pick(meetings);
      await updateMeeting(db, ctx, m.id, { location: `Room ${marker}` }, undefined, true);
      done('meeting', m.id);
    }
  }
}
