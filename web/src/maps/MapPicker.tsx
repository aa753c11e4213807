import { type FormEvent, useState } from 'react';

export interface MapOptionGroup {
  label: string;
  maps: ReadonlyArray<{ id: string; label?: string }>;
}

/**
 * The map picker of a page's header: a select of the known maps in labelled groups (empty groups left out; an open
 * map no group lists is shown as it is), and a field to open a map by id that no list holds yet.
 */
export function MapPicker({
  mapId,
  prompt,
  groups,
  onOpen,
  selectLabel,
  selectTitle,
  selectTestId,
  inputTitle,
  inputTestId,
}: {
  mapId: string | null;
  /** Shown while no map is open. */
  prompt: string;
  groups: readonly MapOptionGroup[];
  onOpen: (mapId: string) => void;
  selectLabel: string;
  selectTitle?: string;
  selectTestId: string;
  inputTitle?: string;
  inputTestId: string;
}) {
  const [draft, setDraft] = useState('');
  const listed = mapId !== null && groups.some((group) => group.maps.some((map) => map.id === mapId));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = draft.trim();
    if (!id) return;
    onOpen(id);
    setDraft('');
  };
  return (
    <>
      <label className="field-inline">
        <span>Map</span>
        <select
          value={mapId ?? ''}
          onChange={(e) => e.target.value && onOpen(e.target.value)}
          aria-label={selectLabel}
          title={selectTitle}
          data-testid={selectTestId}
        >
          {mapId === null && <option value="">{prompt}</option>}
          {mapId !== null && !listed && <option value={mapId}>{mapId}</option>}
          {groups
            .filter((group) => group.maps.length > 0)
            .map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.maps.map((map) => (
                  <option key={map.id} value={map.id}>
                    {map.label ?? map.id}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </label>
      <form className="inline-form" onSubmit={submit}>
        <input
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="other map id"
          title={inputTitle}
          aria-label="Map id"
          data-testid={inputTestId}
        />
        <button type="submit" className="button">
          Open
        </button>
      </form>
    </>
  );
}
