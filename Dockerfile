# One image for the processes of the Victim Contact Service, on Node 24 LTS. VCS_SERVICE chooses which one a container
# runs (scripts/image-services.js), and the HEALTHCHECK asks that same one:
#   api (the default):  dist/apps/api/src/main.js      health: PORT (3000)        /health/readiness
#   worker:             dist/apps/worker/src/main.js   health: WORKER_PORT (3001) /health/readiness
#   web:                dist/apps/web/src/main.js      health: WEB_PORT (3002)    /health
#                       (the caseworker pages; scripts/build.js copies its templates and assets into dist/,
#                       govuk-frontend and MOJ frontend come with the production dependencies)
#   dev-identity:       the development identity provider, for local compose use only (refuses NODE_ENV=production;
#                       its signing key is not in the image: docker-compose.yml mounts the committed development one)
# Configured entirely by environment variables (see README.md and docker-compose.yml). dist/ needs no path-alias
# machinery at run time (scripts/build.js rewrites the @vcs/* aliases), so only production dependencies ship.
# `.ci/run` repeats these steps without Docker (scripts/production-image-check.js): keep the two in step.

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV CI=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# Copy only what the build needs (there is no .dockerignore: never copy the host's node_modules or dist).
COPY tsconfig.json tsconfig.build.json .swcrc ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
# /info reports the commit: docker build --build-arg GIT_COMMIT=$(git rev-parse HEAD) .
ARG GIT_COMMIT=unknown
RUN GIT_COMMIT=$GIT_COMMIT node scripts/build.js

# Production dependencies only, installed into an empty folder from the lock file.
FROM node:24-bookworm-slim AS production-dependencies
WORKDIR /app
ENV CI=true
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
ENV HOST=0.0.0.0
# /metrics on a port of its own; never publish it (scrape from inside the network).
ENV METRICS_PORT=9464
COPY --chown=root:root package.json ./
COPY --from=production-dependencies --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root scripts/image-services.js ./scripts/image-services.js
COPY --chown=root:root scripts/start-service.js ./scripts/start-service.js
COPY --chown=root:root scripts/healthcheck.js ./scripts/healthcheck.js
# Only the development token *public* key, for `docker compose --profile app` on a laptop; production mounts its own.
COPY --chown=root:root config/dev/jwt-dev-public.pem ./config/dev/jwt-dev-public.pem
# Runs as the unprivileged 'node' user (uid 1000) of the base image; the files it runs are root's and read-only to it.
USER node
EXPOSE 3000 3001 3002 3003
# The service this container runs: api, worker, web (or dev-identity, locally). Set it per container, never the command.
ENV VCS_SERVICE=api
# Healthy only when that service answers its own health route on its own port (not whichever port answers).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["node", "scripts/healthcheck.js"]
CMD ["node", "scripts/start-service.js"]
