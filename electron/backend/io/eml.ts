import MailComposer from 'nodemailer/lib/mail-composer';

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
  });
  return composer.compile().build();
}

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
