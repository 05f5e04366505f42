/** zod issues to one readable message naming each bad field: `query.limit: Too big: expected number to be <=500`. */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the alternative the client most likely meant: one whose shape matched (no type
      // mismatch at its root), then the one that got furthest; ties go to the first declared.
      const wrongShape = (branch: readonly Issue[]): number =>
        branch.filter((i) => i.path.length === 0 && i.code === 'invalid_type').length;
      const depth = (branch: readonly Issue[]): number => Math.max(0, ...branch.map((i) => i.path.length));
      const best = [...issue.errors].sort(
        (a, b) => wrongShape(a) - wrongShape(b) || depth(b) - depth(a) || a.length - b.length,
      )[0]!;
      out.push(...flatten(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }))));
    } else out.push(issue);
  }
  return out;
}

export function describeIssues(where: string, error: z.ZodError): string {
  return flatten(error.issues)
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return `${path ? `${where}.${path}` : where}: ${issue.message}`;
    })
    .join('; ');
}
