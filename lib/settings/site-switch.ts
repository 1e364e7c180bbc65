import { patternMatchesUrl } from './site-patterns';

/** What the on/off switch for one page (popup toggle or keyboard command) shows and may do. */
export interface SiteSwitch {
  isOn: boolean;
  /** A broader pattern such as *://*.example.org/* that turns the page on; it is changed in the options page, not from one of its sites. */
  broaderPattern?: string;
}

/** `pattern` is the page's own site pattern, the one the switch adds or removes (from `siteForPage`). */
export function siteSwitchFor(sites: readonly string[], pageUrl: string, pattern: string): SiteSwitch {
  const covering = sites.filter((site) => patternMatchesUrl(site, pageUrl));
  if (covering.length === 0) return { isOn: false };
  return covering.includes(pattern) ? { isOn: true } : { isOn: true, broaderPattern: covering[0] };
}
