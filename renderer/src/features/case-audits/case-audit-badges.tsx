import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';
import {
  CASE_AUDIT_STATUS_LABELS,
  CASE_RETURN_STATUS_LABELS,
  RISK_STATUS_LABELS,
  type CaseAuditStatus,
  type CaseReturnStatus,
  type RiskStatus,
} from '../../../../shared/domain/case-audit';

type BadgeColor = 'brand' | 'danger' | 'important' | 'informative' | 'severe' | 'subtle' | 'success' | 'warning';

const AUDIT_COLOURS: Record<CaseAuditStatus, BadgeColor> = {
  planned: 'subtle',
  sampling: 'informative',
  auditing: 'brand',
  moderation: 'warning',
  reporting: 'important',
  complete: 'success',
  cancelled: 'subtle',
};

export function AuditStatusBadge(props: { status: CaseAuditStatus }) {
  return (
    <Badge appearance="tint" color={AUDIT_COLOURS[props.status]}>
      {CASE_AUDIT_STATUS_LABELS[props.status]}
    </Badge>
  );
}

export function UrgentBadge() {
  return (
    <Badge appearance="filled" color="severe" title="Added mid-year for an emerging issue">
      Urgent
    </Badge>
  );
}

const RETURN_COLOURS: Record<CaseReturnStatus, BadgeColor> = {
  not_issued: 'subtle',
  issued: 'informative',
  returned: 'warning',
  sent_back: 'severe',
  accepted: 'success',
};

export function ReturnStatusBadge(props: { status: CaseReturnStatus; overdue?: boolean }) {
  return (
    <>
      <Badge appearance="tint" color={RETURN_COLOURS[props.status]}>
        {CASE_RETURN_STATUS_LABELS[props.status]}
      </Badge>
      {props.overdue && (
        <Badge appearance="filled" color="danger" style={{ marginLeft: 4 }}>
          Overdue
        </Badge>
      )}
    </>
  );
}

export function RiskStatusBadge(props: { status: RiskStatus }) {
  const color: BadgeColor = props.status === 'closed' ? 'success' : props.status === 'assured' ? 'warning' : 'danger';
  return (
    <Badge appearance={props.status === 'closed' ? 'tint' : 'filled'} color={color}>
      {RISK_STATUS_LABELS[props.status]}
    </Badge>
  );
}

const useStyles = makeStyles({
  risks: { display: 'inline-flex', alignItems: 'center', gap: '2px', color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** "⚠ 2 open risk flags" in red, or nothing. */
export function OpenRisks(props: { count: number; short?: boolean }) {
  const styles = useStyles();
  if (!props.count) return null;
  const words = `${props.count} open risk ${props.count === 1 ? 'flag' : 'flags'}`;
  return (
    <span className={styles.risks} title={words} aria-label={words}>
      <Warning16Filled aria-hidden />
      {props.short ? props.count : words}
    </span>
  );
}
