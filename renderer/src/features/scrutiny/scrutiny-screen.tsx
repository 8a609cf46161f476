import { useApiData } from '../../components/use-api-data';
import { LoadError, Loading, Page } from '../../components/page';
import { useApi } from '../../host/services-context';
import { MeetingPage } from './meeting-page';
import { ScrutinyPage } from './scrutiny-page';

/**
 * The scrutiny area's addresses: #/scrutiny (the open cycle), #/scrutiny/<cycleId>/<tab>,
 * #/scrutiny/event/<eventId> (a challenge event, from the home tile) and #/meetings/<id>.
 */
export function ScrutinyScreen(props: { segments: string[] }) {
  const [area, id, sub] = props.segments;
  if (area === 'meetings') return id ? <MeetingPage key={id} id={Number(id)} /> : <ScrutinyPage cycleId={null} tab="meetings" />;
  if (id === 'event' && sub) return <EventRoute key={sub} eventId={Number(sub)} />;
  return <ScrutinyPage key={id ?? 'open'} cycleId={id ? Number(id) : null} tab={sub} />;
}

function EventRoute(props: { eventId: number }) {
  const api = useApi();
  const event = useApiData(() => api.call('challenge.get', { id: props.eventId }), [api, props.eventId]);
  if (event.error) return <Page title="Scrutiny"><LoadError error={event.error} what="the challenge event" onRetry={event.reload} /></Page>;
  if (!event.data) return <Page title="Scrutiny"><Loading /></Page>;
  return <ScrutinyPage cycleId={event.data.cycleId} tab="challenge" eventId={event.data.id} />;
}
