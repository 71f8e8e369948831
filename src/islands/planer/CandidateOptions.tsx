import { candidatesStore } from '../../stores/candidates-store';
import { usePersisted } from '../../stores/use-persisted';

/** The networks of the network check as `<option>`s of the channel names' datalist (loaded on demand). */
export function CandidateOptions() {
  return (
    <>
      {usePersisted(candidatesStore).candidates.map((c) => (
        <option key={c.id} value={c.name} />
      ))}
    </>
  );
}
