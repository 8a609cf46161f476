import { frameworkDocSchema, type FrameworkDoc } from '../../../shared/domain/framework';
import type { GeneratedFile } from '../../../shared/domain/settings';
import { AppError } from '../errors';
import { withoutIds } from '../services/frameworks';

/** Turns a zod path like standards.3.items.1.number into words a person can find in the file. */
export function describePath(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'standards' && typeof next === 'number') {
      parts.push(`standard ${next + 1}`);
      i++;
    } else if (key === 'items' && typeof next === 'number') {
      parts.push(`item ${next + 1}`);
      i++;
    } else if (key === 'levels' && typeof next === 'number') {
      parts.push(`level ${next + 1}`);
      i++;
    } else if (key === 'wordings' && typeof next === 'number') {
      parts.push(`wording ${next + 1}`);
      i++;
    } else parts.push(String(key));
  }
  return parts.join(', ');
}

export function parseFrameworkJson(fileName: string, bytes: Buffer): FrameworkDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError('import_invalid', `${fileName} is not a valid JSON file: ${(err as Error).message}`, [
      { file: fileName, message: 'not valid JSON' },
    ]);
  }
  const parsed = frameworkDocSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ file: fileName, field: describePath(i.path), message: i.message }));
    throw new AppError(
      'import_invalid',
      `${fileName} is not a valid framework file (${details.length} problem${details.length === 1 ? '' : 's'}); nothing was imported.`,
      details,
    );
  }
  return parsed.data;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function frameworkJsonFile(doc: FrameworkDoc): GeneratedFile {
  const text = JSON.stringify(withoutIds(doc), null, 2) + '\n';
  return {
    fileName: `${slug(doc.name)}-${slug(doc.versionLabel)}.json`,
    mimeType: 'application/json',
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
}
