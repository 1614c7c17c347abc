# One image for both processes of the Victim Contact Service:
#   api:    node -r ./scripts/register-paths.js dist/apps/api/src/main.js
#   worker: node -r ./scripts/register-paths.js dist/apps/worker/src/main.js
# Configured entirely by environment variables (see docker-compose.yml).

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV CI=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# Copy only what the build needs (there is no .dockerignore: never copy the host's node_modules or dist).
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
# node_modules comes from the build stage unpruned, because scripts/register-paths.js may rely on a
# development dependency (tsconfig-paths); prune it (npm prune --omit=dev) once that is known not to be so.
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/scripts ./scripts
COPY --from=build --chown=node:node /app/tsconfig.json /app/tsconfig.build.json ./
USER node
EXPOSE 3000
# The api by default; the worker service overrides the command.
CMD ["node", "-r", "./scripts/register-paths.js", "dist/apps/api/src/main.js"]
