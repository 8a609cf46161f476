import { Button, Combobox, Field, Option } from '@fluentui/react-components';
import { Link20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { AgencyContactRole } from '../../../../shared/domain/enums';
import { useRoleLinkStyles } from './role-link-table';
import { RoleSelect } from './role-select';

export interface LinkCandidate {
  id: number;
  text: string;
  /** Shown after the name in the list ("— Northmoor Academy"). */
  detail?: string | null;
  /** What typing in the box searches. */
  search: string;
}

/** "Link an existing …": find one by typing, choose a role, Link. */
export function RoleLinkPicker(props: {
  heading: string;
  label: string;
  placeholder: string;
  candidates: LinkCandidate[];
  busy: boolean;
  /** Resolves true when the choice should be cleared for the next one. */
  onLink: (id: number, role: AgencyContactRole, text: string) => Promise<boolean>;
}) {
  const styles = useRoleLinkStyles();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<number | null>(null);
  const [role, setRole] = useState<AgencyContactRole>('safeguarding_lead');

  // Fifty at most: the list is for picking a known name, not for browsing.
  const options = useMemo(() => {
    const q = query.trim().toLowerCase();
    return props.candidates.filter((c) => !q || c.search.toLowerCase().includes(q)).slice(0, 50);
  }, [props.candidates, query]);

  const link = async () => {
    if (!picked) return;
    if (await props.onLink(picked, role, query)) {
      setPicked(null);
      setQuery('');
    }
  };

  return (
    <>
      <h3 className={styles.heading}>{props.heading}</h3>
      <div className={styles.link}>
        <Field label={props.label}>
          <Combobox
            placeholder={props.placeholder}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPicked(null);
            }}
            onOptionSelect={(_, d) => {
              setPicked(d.optionValue ? Number(d.optionValue) : null);
              setQuery(d.optionText ?? '');
            }}
          >
            {options.map((c) => (
              <Option key={c.id} value={String(c.id)} text={c.text}>
                {c.text}
                {c.detail ? ` — ${c.detail}` : ''}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Field label="Role">
          <RoleSelect value={role} onChange={setRole} />
        </Field>
        <Button icon={<Link20Regular />} disabled={!picked || props.busy} onClick={link}>
          Link
        </Button>
      </div>
    </>
  );
}
