import { DEFAULT_SERVER_SETTINGS, resolveServerSettings, settingsFromEnv } from './settings';

describe('server settings', () => {
  it('merges a partial over the defaults', () => {
    expect(resolveServerSettings({ port: 8080 })).toEqual({ ...DEFAULT_SERVER_SETTINGS, port: 8080 });
  });

  it('names the setting that is wrong', () => {
    expect(() => resolveServerSettings({ maxDepth: 0 })).toThrow(
      "validateServerSettings: the 'maxDepth' setting must be an integer from 1 to 10 (got 0).",
    );
    expect(() => resolveServerSettings({ defaultLimit: 900 })).toThrow(
      /'defaultLimit' setting must be an integer from 1 to 500/,
    );
    expect(() => resolveServerSettings({ token: 'short' })).toThrow(
      /'token' setting must be a string of at least 8 characters/,
    );
    expect(() => resolveServerSettings({ logLevel: 'loud' })).toThrow(/'logLevel' setting must be one of/);
    expect(() => resolveServerSettings({ port: 70000 })).toThrow(/'port'/);
  });

  it('reads the token, log level, port and host from the environment', () => {
    expect(
      settingsFromEnv({ NEWSGRAPH_TOKEN: 'abcdefgh', LOG_LEVEL: 'debug', PORT: '4000', HOST: '0.0.0.0' }),
    ).toEqual({
      token: 'abcdefgh',
      logLevel: 'debug',
      port: 4000,
      host: '0.0.0.0',
    });
    expect(settingsFromEnv({ NODE_ENV: 'test' })).toEqual({ logLevel: 'silent' });
    expect(() => resolveServerSettings(settingsFromEnv({ PORT: 'http' }))).toThrow(/'port'/);
  });
});
