// Packaging for `npm run dist`. tests/electron/builderConfig.test.ts and
// security.test.ts read this file; the fuses below are part of the app's
// security baseline and the test fails if one is weakened.
//
// The app is the bundle in dist/ (renderer by vite, main/worker/preload by
// scripts/build-electron.js); only better-sqlite3 comes from node_modules.

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'no.drammen.prosjektboka',
  productName: 'Prosjektboka',
  copyright: 'Prosjektboka',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'dist/**',
    'package.json',
    // better-sqlite3's C sources and its Node-ABI build are not needed: the
    // app loads the Electron-ABI build in dist/electron/native/.
    '!**/node_modules/better-sqlite3/{deps,src,build}/**',
  ],
  // The repository's package.json has no "main": it is a CLI and web app too.
  extraMetadata: { main: 'dist/electron/main.js' },
  asar: true,
  asarUnpack: ['**/*.node'],
  // electron-builder's rebuild would turn node_modules' better-sqlite3 into an
  // Electron build in place and break `npm test`; build-electron.js makes the
  // Electron build in a separate folder instead.
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app serves its pages from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
  },
  fileAssociations: [
    { ext: 'prosjektboka', name: 'Prosjektboka arbeidsbok', description: 'Prosjektboka arbeidsbok', role: 'Editor', mimeType: 'application/x-prosjektboka' },
    { ext: 'pbsync', name: 'Prosjektboka synkfil', description: 'Prosjektboka synkfil', role: 'Viewer', mimeType: 'application/x-prosjektboka-sync' },
  ],
  win: {
    target: ['nsis', 'portable'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    // Installed for every user of the PC (library staff share machines); also
    // what file associations need on Windows.
    perMachine: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Prosjektboka',
  },
  portable: {
    artifactName: '${productName}-${version}-portable.${ext}',
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icon.png',
    maintainer: 'Prosjektboka <prosjektboka@localhost>',
    synopsis: 'Prosjektplan, risikoregister og møter i en lokal arbeidsbok',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
  },
};
