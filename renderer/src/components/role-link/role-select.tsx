import { Select } from '@fluentui/react-components';
import { AGENCY_CONTACT_ROLES, AGENCY_CONTACT_ROLE_LABELS, type AgencyContactRole } from '../../../../shared/domain/enums';

/** The role someone has at an agency. Put it in a Field, which gives it its label. */
export function RoleSelect(props: { value: AgencyContactRole; onChange: (role: AgencyContactRole) => void }) {
  return (
    <Select value={props.value} onChange={(_, d) => props.onChange(d.value as AgencyContactRole)}>
      {AGENCY_CONTACT_ROLES.map((r) => (
        <option key={r} value={r}>
          {AGENCY_CONTACT_ROLE_LABELS[r]}
        </option>
      ))}
    </Select>
  );
}
