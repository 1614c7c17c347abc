import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, Role, ROLES_KEY } from '@vcs/security';

export interface RouteEntry {
  readonly method: string;
  readonly path: string;
  readonly roles: readonly Role[];
  readonly isPublic: boolean;
}

function join(...parts: string[]): string {
  return `/${parts.map((p) => p.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')}`;
}

/** Every HTTP route the application serves, with the roles its @Roles metadata admits. */
export function routeInventory(app: INestApplication): RouteEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  return discovery.getControllers().flatMap((wrapper) => {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) return [];
    const controllerPath = Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as string;
    const prototype = Object.getPrototypeOf(instance);
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
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
