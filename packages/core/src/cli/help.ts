/** The `--help` text. Kept in step with packages/core/README.md's CLI reference (a test checks every flag appears in both). */
export const HELP = `Usage: blameless-lint [options] [paths...]
       blameless-lint actions [paths...]   list every action item (see: actions --help)

Lints incident postmortems (Markdown, MDX, plain text) for blame, hindsight
and missing follow-up. Paths are files, folders (searched for *.md, *.markdown,
*.mdx, *.txt) or globs; default: the current folder.

Options:
  -f, --format NAME       stylish (default), json, sarif, github or compact
      --rule ID:SEVERITY  set a rule's severity (error, warning, info, off); repeatable
  -c, --config FILE       use this config file instead of searching for one
      --max-warnings N    exit 1 when there are more than N warnings
  -q, --quiet             report errors only
      --stdin             lint standard input
      --stdin-filename F  name (and so language and config) of standard input
      --list-rules        list the rules and exit
      --explain RULE      print a rule's documentation and exit
      --print-config FILE print the config that applies to FILE and exit
      --no-color          no colours (also: NO_COLOR set, or stdout not a terminal)
      --color             colours even when stdout is not a terminal
      --max-file-size N   refuse files larger than N (default 10MB; units B, KB, MB, GB)
      --now DATE          treat DATE (ISO, e.g. 2026-01-31) as today
  -j, --jobs N            worker threads for runs of 16 files or more, at most the cores (default: the cores for 2,000+ files)
      --cache             reuse the results of unchanged files (stored in .blameless-cache)
      --cache-location P  the cache file, or a folder for it (implies --cache); never overwrites another file
      --fix               apply the safe fixes of fixable rules to the files (timezone conversion ...), then
                          report what remains; says on stderr which files it changed. Not with --stdin
      --fix-dry-run       as --fix, without writing: the json format gives each fixed text as "output"
  -v, --version           print the version and exit
  -h, --help              print this help and exit

Exit codes: (with --fix, of the findings that remain after fixing: 0 when it fixed them all)
  0  no errors, and warnings within --max-warnings
  1  lint errors, or more warnings than --max-warnings
  2  usage, config or fatal error (also: a file could not be read, was refused, or its fixes not written)
`;
