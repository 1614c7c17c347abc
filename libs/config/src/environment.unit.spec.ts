import { ConfigurationError, loadEnvironment } from './environment';

describe('environment', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const env = loadEnvironment({});
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/vcs');
    expect(env.EVENT_STORE).toBe('postgres');
    expect(env.PORT).toBe(3000);
  });

  it('reads numbers from their text', () => {
    expect(loadEnvironment({ PORT: '8080', PROJECTOR_BATCH_SIZE: '250' })).toMatchObject({ PORT: 8080, PROJECTOR_BATCH_SIZE: 250 });
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/db', 'DATABASE_URL must be a postgres:// URL'],
    ['REDIS_URL', 'localhost:6379', 'REDIS_URL must be a redis:// URL'],
    ['PORT', 'eighty', 'PORT must be a whole number'],
    ['PORT', '70000', 'PORT must be between 1 and 65535'],
    ['EVENT_STORE', 'mongo', 'EVENT_STORE must be postgres or eventstoredb'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
  ])('refuses %s=%s, naming the variable and its rule', (name, value, message) => {
    expect(() => loadEnvironment({ [name]: value })).toThrow(ConfigurationError);
    expect(() => loadEnvironment({ [name]: value })).toThrow(message);
  });

  it('requires an EventStoreDB connection string when EventStoreDB is chosen', () => {
    expect(() => loadEnvironment({ EVENT_STORE: 'eventstoredb' })).toThrow('EVENTSTORE_CONNECTION_STRING must be');
    expect(loadEnvironment({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:2113?tls=false' }).EVENT_STORE).toBe('eventstoredb');
  });

  it('names every bad variable at once', () => {
    try {
      loadEnvironment({ PORT: '0', REDIS_URL: 'nope' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect((error as ConfigurationError).problems).toHaveLength(2);
    }
  });

  it('refuses the committed development token key in production', () => {
    expect(() => loadEnvironment({ NODE_ENV: 'production' })).toThrow('AUTH_JWT_PUBLIC_KEY_FILE must not be the committed development key');
    expect(() => loadEnvironment({ NODE_ENV: 'production', AUTH_JWT_PUBLIC_KEY_FILE: '/etc/vcs/idp.pem' })).not.toThrow('AUTH_JWT_PUBLIC_KEY_FILE');
  });

  it('refuses the committed development master key for personal data in production', () => {
    const production = { NODE_ENV: 'production', AUTH_JWT_PUBLIC_KEY_FILE: '/etc/vcs/idp.pem' };
    expect(() => loadEnvironment(production)).toThrow('PERSONAL_DATA_MASTER_KEYS must not contain the committed development key');
    const keys = 'prod-2=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
    const secrets = { PERSONAL_DATA_MASTER_KEYS: keys, PERSONAL_DATA_MASTER_KEY_ID: 'prod-2', PSEUDONYM_KEY: 'p'.repeat(40) };
    expect(loadEnvironment({ ...production, ...secrets }).NODE_ENV).toBe('production');
  });

  it('refuses the committed development pseudonym key in production', () => {
    const production = { NODE_ENV: 'production', AUTH_JWT_PUBLIC_KEY_FILE: '/etc/vcs/idp.pem' };
    expect(() => loadEnvironment(production)).toThrow('PSEUDONYM_KEY must not be the committed development key');
  });

  it('requires the current master key id to name a configured key', () => {
    expect(() => loadEnvironment({ PERSONAL_DATA_MASTER_KEY_ID: 'missing' })).toThrow('PERSONAL_DATA_MASTER_KEY_ID must be the id of one of');
  });

  it('refuses a master key that is not 32 bytes of base64', () => {
    expect(() => loadEnvironment({ PERSONAL_DATA_MASTER_KEYS: 'k1=short' })).toThrow('PERSONAL_DATA_MASTER_KEYS must be one or more id=base64 keys');
  });
});
