import type { Severity } from '@/lib/engine/types';
import type { Rule } from '@/lib/rules';
import { updateSetting } from '@/lib/settings/storage';
import { severities, type RuleChoice, type RuleSettings as StoredRuleSettings } from '@/lib/settings/model';

const severityLabels: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Information',
  hint: 'Hint',
};

interface RuleSettingsProps {
  rules: readonly Rule[];
  choices: StoredRuleSettings;
  onSave: (change: Promise<void>) => void;
}

/** The Rules section: each rule on or off, its severity, what it looks for and one sentence it flags. */
export function RuleSettings({ rules, choices, onSave }: RuleSettingsProps) {
  function choose(rule: Rule, change: Partial<RuleChoice>) {
    const { id } = rule.meta;
    onSave(updateSetting('rules', (current) => ({ ...current, [id]: { ...choiceFor(rule, current), ...change } })));
  }

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p className="section-intro">What Attune looks for while you write. A rule that is off never flags anything.</p>
      <ul className="rule-list">
        {rules.map((rule) => {
          const { id, description, examples } = rule.meta;
          const choice = choiceFor(rule, choices);
          return (
            <li key={id} className="rule">
              <div className="rule__controls">
                <input
                  id={`rule-${id}-enabled`}
                  type="checkbox"
                  checked={choice.enabled}
                  onChange={(event) => choose(rule, { enabled: event.target.checked })}
                  aria-describedby={`rule-${id}-description`}
                />
                <label htmlFor={`rule-${id}-enabled`} className="rule__name">
                  <code>{id}</code>
                </label>
                <label htmlFor={`rule-${id}-severity`} className="rule__severity-label">
                  Severity
                </label>
                <select
                  id={`rule-${id}-severity`}
                  className="select"
                  value={choice.severity}
                  onChange={(event) => {
                    const severity = severities.find((known) => known === event.target.value);
                    if (severity) choose(rule, { severity });
                  }}
                >
                  {severities.map((severity) => (
                    <option key={severity} value={severity}>
                      {severityLabels[severity]}
                    </option>
                  ))}
                </select>
              </div>
              <p id={`rule-${id}-description`} className="rule__description">
                {description}
              </p>
              {examples.fires[0] && (
                <p className="rule__example">
                  Flags: <q>{examples.fires[0]}</q>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function choiceFor(rule: Rule, choices: StoredRuleSettings): RuleChoice {
  return choices[rule.meta.id] ?? { enabled: true, severity: rule.meta.defaultSeverity };
}
