/** Props for an Input or Textarea that may be read-only: greyed like Office's locked fields, still selectable. */
export const roProps = (readOnly: boolean) => ({
  readOnly,
  appearance: readOnly ? ('filled-darker' as const) : ('outline' as const),
});
