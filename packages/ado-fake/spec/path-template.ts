// Matches a request path against a spec path template such as `/{organization}/{project}/_apis/wit/workitems/${type}`
// and returns the decoded template parameters. A template segment may mix literal text and one parameter (`${type}`).

export type PathParams = { [name: string]: string };

export function matchPathTemplate(template: string, requestPath: string, ignoreCase = false): PathParams | null {
  const templateSegments = template.split('/');
  const pathSegments = requestPath.split('/');
  if (templateSegments.length !== pathSegments.length) return null;
  const params: PathParams = {};
  for (let i = 0; i < templateSegments.length; i++) {
    const match = /^(.*)\{([^}]+)\}(.*)$/.exec(templateSegments[i]);
    let segment: string;
    try {
      segment = decodeURIComponent(pathSegments[i]);
    } catch {
      return null;
    }
    if (!match) {
      const same = ignoreCase ? segment.toLowerCase() === templateSegments[i].toLowerCase() : segment === templateSegments[i];
      if (!same) return null;
      continue;
    }
    const [, prefix, name, suffix] = match;
    if (!segment.startsWith(prefix) || !segment.endsWith(suffix) || segment.length <= prefix.length + suffix.length) return null;
    params[name] = segment.slice(prefix.length, segment.length - suffix.length);
  }
  return params;
}
