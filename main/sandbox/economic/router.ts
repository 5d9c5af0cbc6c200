import type { Ctx, Reply } from './context';
import type { RequestSchemaName } from './request-schema';

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;
interface Route { method: string; pattern: string; regex: RegExp; names: string[]; handler: Handler; schema?: RequestSchemaName; upload?: boolean }

/** Method + path table; tells "no such path" (404) from "path exists, wrong verb" (405). */
export class Router {
  private routes: Route[] = [];

  /** `schema`: the published request schema every body of this route must satisfy. */
  add(method: string, pattern: string, handler: Handler, schema?: RequestSchemaName): this {
    const names: string[] = [];
    const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_m, name: string) => (names.push(name), '([^/]+)'))}/?$`);
    this.routes.push({ method, pattern, regex, names, handler, schema });
    return this;
  }

  /** A route that takes a file as multipart/form-data instead of a JSON body. */
  addUpload(method: string, pattern: string, handler: Handler): this {
    this.add(method, pattern, handler);
    this.routes[this.routes.length - 1].upload = true;
    return this;
  }

  match(method: string, path: string): { kind: 'found'; handler: Handler; params: Record<string, string>; pattern: string; schema?: RequestSchemaName; upload?: boolean } | { kind: 'wrongMethod'; allow: string[]; pattern: string } | { kind: 'none' } {
    const allow: string[] = [];
    let pattern = '';
    for (const r of this.routes) {
      const m = r.regex.exec(path);
      if (!m) continue;
      if (r.method === method) {
        const params: Record<string, string> = {};
        r.names.forEach((n, i) => (params[n] = m[i + 1]));
        return { kind: 'found', handler: r.handler, params, pattern: r.pattern, schema: r.schema, upload: r.upload };
      }
      allow.push(r.method);
      pattern ||= r.pattern;
    }
    return allow.length ? { kind: 'wrongMethod', allow, pattern } : { kind: 'none' };
  }
}
