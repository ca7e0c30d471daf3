# fish completion for mdtl
set -l cmds actors check deadlines merge parse report timeline timex

complete -c mdtl -f
complete -c mdtl -n "not __fish_seen_subcommand_from $cmds" -a "$cmds"
complete -c mdtl -n "not __fish_seen_subcommand_from $cmds" -a '(__fish_complete_path)'

# the actor ids the data knows, the event types, the formats
complete -c mdtl -s a -l actor -x -a '(mdtl check --ids 2>/dev/null)' -d 'keep events with this actor (ACTOR+: its side)'
complete -c mdtl -s t -l type -x -a 'statement warning offer summit deadline' -d 'keep events of this type'
complete -c mdtl -l since -x -d 'keep events that reach DATE or later'
complete -c mdtl -l until -x -d 'keep events that start by DATE'
complete -c mdtl -s g -l grep -x -d 'keep events that hold TEXT'
complete -c mdtl -n '__fish_seen_subcommand_from timex' -s f -l format -x -a 'timeml jsonl text'
complete -c mdtl -n '__fish_seen_subcommand_from report' -s f -l format -x -a 'md html'
complete -c mdtl -n '__fish_seen_subcommand_from deadlines' -s f -l format -x -a 'text jsonl csv'
complete -c mdtl -n 'not __fish_seen_subcommand_from timex report deadlines' -s f -l format -x -a 'text jsonl json yaml csv ics timelinejs md'
complete -c mdtl -l color -x -a 'auto always never' -d 'colour text output'
complete -c mdtl -l input-format -x -a 'text html nitf rss atom jsonl timeml'
complete -c mdtl -s o -l output -r -F -d 'write to FILE, whole or not at all'
complete -c mdtl -l data -x -a '(__fish_complete_directories)'
complete -c mdtl -l as-of -x -d 'the day deadlines are judged against'
complete -c mdtl -l published -x -d 'the publication date of articles with none'
complete -c mdtl -s n -l limit -x -d 'only the first N events'
complete -c mdtl -s r -l reverse -d 'the latest events first'
complete -c mdtl -l sources -d 'each line with its article URL'
complete -c mdtl -l full -d 'whole lines on a terminal'
complete -c mdtl -l no-pager -d 'not through $PAGER'
complete -c mdtl -l explain -d 'the cue, actor and date rules of each event; timex: how each value was read'
complete -c mdtl -l stream -d 'each article as soon as it is read'
complete -c mdtl -l key -n '__fish_seen_subcommand_from merge' -d 'each record with its merge key'
complete -c mdtl -l ids -n '__fish_seen_subcommand_from check' -d 'the actor ids'
complete -c mdtl -s j -l jobs -x -d 'threads'
complete -c mdtl -l max-memory -x -n '__fish_seen_subcommand_from timeline merge' -d 'events held in memory, the rest in $TMPDIR'
complete -c mdtl -l max-article-size -x
complete -c mdtl -l max-events -x
complete -c mdtl -l max-depth -x
complete -c mdtl -l stdin-name -x -d 'call standard input NAME[:LINE]'
complete -c mdtl -s h -l help -d 'show the help'
complete -c mdtl -n '__fish_seen_subcommand_from timex' -l output-dir -x -a '(__fish_complete_directories)' -d 'a file for each document'
complete -c mdtl -l fields -x -a 'id date date_text date_basis type actors location quote sentence sources article title published source author url' -d 'text, csv: only these fields'
complete -c mdtl -l glob -x -d 'read only the files of folders matching PATTERN'
complete -c mdtl -s q -l quiet -d 'one line for the files of folders skipped'
complete -c mdtl -n '__fish_seen_subcommand_from report' -l title -x -d "the briefing's title"
complete -c mdtl -l format-string -x -d 'text: a line each, its {fields} filled in'
