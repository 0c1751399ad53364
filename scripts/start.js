#!/usr/bin/env node
// Placeholder until the desktop shell lands: say what works today instead of failing.
console.log('Skrivebordsappen kommer med skrivebordsskallet. I mellomtiden: npx prosjektboka --help');
