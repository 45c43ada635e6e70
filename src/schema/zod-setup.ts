import { z } from 'zod';

// zod compiles each object schema into a function (new Function) the first
// time it parses with it: worth it where a schema parses thousands of values,
// not in a command that reads one program once (a deck-only build of the
// example spent about 50 ms compiling). The CLI and the batch's workers parse
// without compiling; the same values and issues either way. The library
// leaves its host's zod as it is.
z.config({ jitless: true });
