import { useState } from 'react';
import type { Rule } from '@/lib/rules';
import { updateSetting } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/model';

interface SiteOverridesProps {
  rules: readonly Rule[];
  settings: Pick<Settings, 'sites' | 'rules' | 'siteOverrides'>;
  onSave: (change: Promise<void>) => void;
}

/** The Per-site overrides section: pick a site, then switch rules off (or on) for that site alone. */
export function SiteOverrides({ rules, settings, onSave }: SiteOverridesProps) {
  const [pickedSite, setPickedSite] = useState<string>();
  const site = pickedSite !== undefined && settings.sites.includes(pickedSite) ? pickedSite : settings.sites[0];

  function setRuleOnSite(site: string, ruleId: string, enabled: boolean) {
    const enabledEverywhere = settings.rules[ruleId]?.enabled ?? true;
    onSave(
      updateSetting('siteOverrides', (overrides) => {
        const others = withoutKey(overrides[site] ?? {}, ruleId);
        // A choice that matches the global one needs no override, so the site follows later global changes.
        const siteRules = enabled === enabledEverywhere ? others : { ...others, [ruleId]: { enabled } };
        const otherSites = withoutKey(overrides, site);
        return Object.keys(siteRules).length === 0 ? otherSites : { ...otherSites, [site]: siteRules };
      }),
    );
  }

  return (
    <section aria-labelledby="overrides-heading">
      <h2 id="overrides-heading">Per-site overrides</h2>
      {site === undefined ? (
        <p className="empty">Add a site above to choose rules for it.</p>
      ) : (
        <>
          <div className="field-row">
            <label htmlFor="override-site">Site</label>
            <select id="override-site" className="select" value={site} onChange={(event) => setPickedSite(event.target.value)}>
              {settings.sites.map((pattern) => (
                <option key={pattern} value={pattern}>
                  {pattern}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="override-rules">
            <legend>
              Rules on <code>{site}</code>
            </legend>
            {rules.map((rule) => {
              const { id } = rule.meta;
              const enabledEverywhere = settings.rules[id]?.enabled ?? true;
              const override = settings.siteOverrides[site]?.[id];
              return (
                <div key={id} className="checkbox-row">
                  <input
                    id={`override-${id}`}
                    type="checkbox"
                    checked={override?.enabled ?? enabledEverywhere}
                    onChange={(event) => setRuleOnSite(site, id, event.target.checked)}
                  />
                  <label htmlFor={`override-${id}`}>
                    <code>{id}</code>
                    {override && <span className="override-note"> — {override.enabled ? 'on' : 'off'} for this site only</span>}
                  </label>
                </div>
              );
            })}
          </fieldset>
        </>
      )}
    </section>
  );
}

function withoutKey<Value>(record: Record<string, Value>, key: string): Record<string, Value> {
  return Object.fromEntries(Object.entries(record).filter(([entryKey]) => entryKey !== key));
}
