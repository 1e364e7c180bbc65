import { updateSetting } from '@/lib/settings/storage';
import type { ReflectionPreferences } from '@/lib/settings/model';

interface ReflectionStyleProps {
  preferences: ReflectionPreferences;
  onSave: (change: Promise<void>) => void;
}

/** The Reflection style section: how suggested reflections are phrased. */
export function ReflectionStyle({ preferences, onSave }: ReflectionStyleProps) {
  return (
    <section aria-labelledby="reflection-heading">
      <h2 id="reflection-heading">Reflection style</h2>
      <div className="checkbox-row">
        <input
          id="reflection-check-in"
          type="checkbox"
          checked={preferences.checkIn}
          onChange={(event) => {
            const checkIn = event.target.checked;
            onSave(updateSetting('reflection', (current) => ({ ...current, checkIn })));
          }}
          aria-describedby="reflection-check-in-hint"
        />
        <label htmlFor="reflection-check-in">Always add a check-in question</label>
      </div>
      <p id="reflection-check-in-hint" className="hint">
        On, the plain reflection ends by asking whether it is right: “It sounds like you’re feeling trapped right now. Is
        that right?” Off, it ends at the reflection; the other suggestions still end with a question.
      </p>
    </section>
  );
}
