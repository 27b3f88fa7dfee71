// Jest runs CommonJS; openid-client, oidc-provider and the JOSE libraries they use ship ES modules
// only. Node runs them as they are; under Jest this turns them into CommonJS with esbuild.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      format: 'cjs',
      target: 'node20',
      loader: 'js',
      sourcefile: filename,
      sourcemap: 'inline',
    });
    return { code, map };
  },
};
