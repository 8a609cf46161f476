import { join, resolve } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { GeneratedFile } from '../../../shared/domain/settings';
import { writeFileAtomic } from './atomic-write';

// E-mail drafts as .eml files. `X-Unsent: 1` makes Outlook open the file as a new message ready to send
// from the user's own mailbox, rather than as a received message.

export const EML_MIME = 'message/rfc822';

export interface EmlMessage {
  /** Omitted when unknown: Outlook then sends from the user's default account. */
  from: { name: string; address: string } | null;
  to: string[];
  cc: string[];
  subject: string;
  /** Plain text; line breaks become CRLF. */
  text: string;
  date: Date;
  /** Files to send with it (a workbook of the agency's actions, say). */
  attachments?: Array<{ filename: string; content: Buffer }>;
  /** A calendar request (iCalendar text) that mail programs show as an invitation to accept. */
  icalEvent?: { method: string; filename: string; content: string };
}

export async function buildEml(m: EmlMessage): Promise<Buffer> {
  const composer = new MailComposer({
    ...(m.from ? { from: m.from } : {}),
    to: m.to,
    cc: m.cc.length ? m.cc : undefined,
    subject: m.subject,
    text: m.text,
    date: m.date,
    headers: { 'X-Unsent': '1' },
    newline: 'win',
    ...(m.attachments ? { attachments: m.attachments } : {}),
    ...(m.icalEvent ? { icalEvent: m.icalEvent } : {}),
  });
  return composer.compile().build();
}

/** Drafts written into a folder under their names; the paths written, in order. */
export async function writeEmls(folder: string, names: string[], emls: Buffer[]): Promise<string[]> {
  const paths: string[] = [];
  for (const [i, eml] of emls.entries()) {
    const path = join(resolve(folder), names[i]!);
    await writeFileAtomic(path, eml);
    paths.push(path);
  }
  return paths;
}

/** Drafts handed back to the window to save, when no folder was given. */
export const emlFiles = (names: string[], emls: Buffer[]): GeneratedFile[] =>
  emls.map((eml, i) => ({ fileName: names[i]!, mimeType: EML_MIME, contentBase64: eml.toString('base64') }));

/** A mailto: link with the same content, for mail programs that do not open .eml files. */
export function mailtoLink(to: string[], cc: string[], subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%40/g, '@');
  const params = [
    ...(cc.length ? [`cc=${cc.map(enc).join(',')}`] : []),
    `subject=${encodeURIComponent(subject)}`,
    `body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`,
  ];
  return `mailto:${to.map(enc).join(',')}?${params.join('&')}`;
}
