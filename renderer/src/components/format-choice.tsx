import { Field, Radio, RadioGroup } from '@fluentui/react-components';

export type Formats = 'xlsx' | 'docx' | 'both';
/** The formats the issue calls take for each choice. */
export const FORMAT_LIST: Record<Formats, Array<'xlsx' | 'docx'>> = { xlsx: ['xlsx'], docx: ['docx'], both: ['xlsx', 'docx'] };

/** Excel, Word or both: the choice when issuing a tool to fill in. */
export function FormatField(props: { value: Formats; onChange: (value: Formats) => void }) {
  return (
    <Field label="Format">
      <RadioGroup value={props.value} onChange={(_, d) => props.onChange(d.value as Formats)}>
        <Radio value="xlsx" label="Excel workbook" />
        <Radio value="docx" label="Word document" />
        <Radio value="both" label="Both" />
      </RadioGroup>
    </Field>
  );
}
