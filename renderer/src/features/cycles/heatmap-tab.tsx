import { Button, Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CycleDetail, Heatmap } from '../../../../shared/domain/cycle';
import { LoadError, Loading } from '../../components/page';
import { ScaleChip } from '../../components/scale-chip';
import { useApiData } from '../../components/use-api-data';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { returnsKey } from './cycle-refresh';
import { DIFF_LOOK, HeatmapGrid } from './heatmap-grid';

type Mode = Heatmap['mode'];

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalXL, alignItems: 'end', flexWrap: 'wrap' },
  key: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', fontSize: tokens.fontSizeBase200 },
  keyCell: { display: 'inline-block', minWidth: '34px', textAlign: 'center', padding: '1px 6px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightSemibold },
  export: { marginLeft: 'auto' },
});

/** Agencies × standards: self, moderated or the difference, each cell its level colour with its code. */
export function HeatmapTab(props: { cycle: CycleDetail }) {
  const styles = useStyles();
  const api = useApi();
  const { busy, saveGenerated } = useFileActions();
  const { cycle } = props;
  const [mode, setMode] = useState<Mode>('self');
  const [sectorId, setSectorId] = useState('');
  const heatmap = useApiData(
    () => api.call('analysis.heatmap', { cycleId: cycle.id, mode, ...(sectorId ? { sectorIds: [Number(sectorId)] } : {}) }),
    [api, cycle.id, mode, sectorId],
    [returnsKey(cycle.id)],
  );
  const h = heatmap.data;
  return (
    <>
      <div className={styles.bar}>
        <Field label="Show">
          <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => setMode(d.value as Mode)} aria-label="Heatmap mode">
            <Radio value="self" label="Self-rating" />
            <Radio value="moderated" label="Moderated" />
            <Radio value="difference" label="Difference" />
          </RadioGroup>
        </Field>
        <Field label="Sector">
          <Select value={sectorId} onChange={(_, d) => setSectorId(d.value)}>
            <option value="">All sectors</option>
            {cycle.scopeBySector.map((s) => (
              <option key={s.sectorId} value={s.sectorId}>
                {s.sectorName} ({s.count})
              </option>
            ))}
          </Select>
        </Field>
        <Button
          className={styles.export}
          icon={<ArrowDownload20Regular />}
          disabled={busy !== null}
          onClick={() => saveGenerated('Results matrix', () => api.call('analysis.exportMatrix', { cycleId: cycle.id, mode }))}
        >
          Export matrix
        </Button>
      </div>
      {h && (
        <div className={styles.key} aria-label="Key" role="group">
          <strong>Key:</strong>
          {mode === 'difference' ? (
            DIFF_LOOK.map((d) => (
              <span key={d.text}>
                <span className={styles.keyCell} style={{ backgroundColor: d.colour }}>
                  {d.sample}
                </span>{' '}
                {d.text}
              </span>
            ))
          ) : (
            <>
              {h.levels.map((l) => (
                <span key={l.code}>
                  <ScaleChip rating={l} short /> {l.label}
                </span>
              ))}
              <span>
                <ScaleChip rating={null} notApplicable short /> not applicable
              </span>
            </>
          )}
          <span>
            <span className={styles.keyCell}>–</span> no answer
          </span>
        </div>
      )}
      {heatmap.error ? <LoadError error={heatmap.error} what="the heatmap" onRetry={heatmap.reload} /> : null}
      {!h ? !heatmap.error && <Loading /> : <HeatmapGrid heatmap={h} />}
    </>
  );
}
