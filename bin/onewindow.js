#!/usr/bin/env node
// The compiled CLI (built by `npm ci` / `npm run build`).
import '../dist/server/main.js';
