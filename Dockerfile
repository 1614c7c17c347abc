# One image for both processes of the Victim Contact Service:
#   api:    node -r ./scripts/register-paths.js dist/apps/api/src/main.js
#   worker: node -r ./scripts/register-paths.js dist/apps/worker/src/main.js
# Configured entirely by environment variables (see docker-compose.yml).

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV CI=true
COPY package.json package-lock.json ./
# npm ci: the lock file holds every platform's optional builds, so it installs exactly what it pins.
RUN npm ci --no-audit --no-fund
# Copy only what the build needs (there is no .dockerignore: never copy the host's node_modules or dist).
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
ENV HOST=0.0.0.0
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/scripts ./scripts
COPY --from=build --chown=node:node /app/tsconfig.json /app/tsconfig.build.json ./
# Only the development token *public* key, for `docker compose --profile app` on a laptop; production mounts its own.
COPY --chown=node:node config/dev/jwt-dev-public.pem ./config/dev/jwt-dev-public.pem
USER node
EXPOSE 3000 3001
# The api by default; the worker service overrides the command.
CMD ["node", "-r", "./scripts/register-paths.js", "dist/apps/api/src/main.js"]
