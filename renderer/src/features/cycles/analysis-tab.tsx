import { Card, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CycleDetail } from '../../../../shared/domain/cycle';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ComparisonView } from './comparison-view';
import { returnsKey } from './cycle-refresh';
import { DistributionChart } from './distribution-chart';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginRight: 'auto' },
  grid: { height: '420px', display: 'flex', flexDirection: 'column' },
});

/** How ratings spread per standard, and how agencies moved since the previous cycle of this type. */
export function AnalysisTab(props: { cycle: CycleDetail }) {
  const styles = useStyles();
  const api = useApi();
  const { cycle } = props;
  const [basis, setBasis] = useState<'self' | 'moderated'>('self');
  const distribution = useApiData(() => api.call('analysis.distribution', { cycleId: cycle.id, basis }), [api, cycle.id, basis], [returnsKey(cycle.id)]);
  const comparison = useApiData(() => api.call('analysis.comparison', { cycleId: cycle.id }), [api, cycle.id], [returnsKey(cycle.id)]);
  return (
    <>
      <Card className={styles.card}>
        <div className={styles.head}>
          <h2 className={styles.h2}>Ratings per standard</h2>
          <Field label="Ratings">
            <RadioGroup layout="horizontal" value={basis} onChange={(_, d) => setBasis(d.value as 'self' | 'moderated')}>
              <Radio value="self" label="Self-ratings" />
              <Radio value="moderated" label="Moderated" />
            </RadioGroup>
          </Field>
        </div>
        {distribution.error ? <LoadError error={distribution.error} what="the distribution" onRetry={distribution.reload} /> : null}
        {distribution.data ? <DistributionChart distribution={distribution.data} /> : !distribution.error && <Loading />}
      </Card>
      <Card className={styles.card}>
        <h2 className={styles.h2}>
          Compared with {comparison.data?.previousName ?? 'the previous cycle'}
        </h2>
        {comparison.error ? <LoadError error={comparison.error} what="the comparison" onRetry={comparison.reload} /> : null}
        {comparison.data ? <ComparisonView comparison={comparison.data} /> : !comparison.error && <Loading />}
      </Card>
    </>
  );
}
