import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, Role, ROLES_KEY } from '@vcs/security';

export interface RouteEntry {
  readonly method: string;
  readonly path: string;
  readonly roles: readonly Role[];
  readonly isPublic: boolean;
}

function join(...parts: string[]): string {
  return `/${parts
    .map((p) => p.replace(/^\/|\/$/g, ''))
    .filter(Boolean)
    .join('/')}`;
}

/** Every HTTP route the application serves, with the roles its @Roles metadata admits (what the guard enforces). */
export function routeInventory(app: INestApplication): RouteEntry[] {
  // The modules' controllers and a plain Reflector and scanner: the same whether the app runs or is only previewed
  // (scripts/export-openapi.ts), where no provider is instantiated.
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  return controllers.flatMap((wrapper) => {
    if (!wrapper.metatype) return [];
    const controllerPath = Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as string;
    // The class's prototype: the same handlers whether the app runs or is only previewed (scripts/export-openapi.ts).
    const prototype = (wrapper.metatype as { prototype: Record<string, unknown> }).prototype;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as object;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (methodPath === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const targets = [handler, wrapper.metatype as object];
      return [
        {
          method,
          path: join(controllerPath, methodPath),
          roles: reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets as never) ?? [],
          isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets as never) ?? false,
        },
      ];
    });
  });
}
