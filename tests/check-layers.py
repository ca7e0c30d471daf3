#!/usr/bin/python3
"""check-layers: every arrow points down.

No file calls into a file that calls back into it, directly or round a
longer loop (the call graph of the objects, read with nm, has no cycle);
and nothing under src/ but the command layer (src/cmd*.c) includes
mdtl/cmd.h.

usage: tests/check-layers.py BUILD_DIR
"""
import collections
import glob
import os
import subprocess
import sys


def graph(build):
    defined, wants = {}, collections.defaultdict(set)
    for obj in sorted(glob.glob(os.path.join(build, '*.o'))):
        name = os.path.basename(obj)[:-2]
        out = subprocess.run(['nm', obj], capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            f = line.split()
            if len(f) == 3 and f[1] in 'TDRBC':
                defined[f[2]] = name
            elif len(f) == 2 and f[0] == 'U':
                wants[name].add(f[1])
    edges = collections.defaultdict(set)
    for name, syms in wants.items():
        for s in syms:
            if s in defined and defined[s] != name:
                edges[name].add(defined[s])
    return edges


def cycles(edges):
    """Strongly connected components of more than one file (Tarjan)."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(list(edges)):
        if v not in index:
            visit(v)
    return found


def main():
    build = sys.argv[1]
    bad = 0
    edges = graph(build)
    if len(edges) < 20:
        print('check-layers: FAIL: no objects in %s' % build)
        return 1
    for comp in cycles(edges):
        bad = 1
        print('check-layers: FAIL: files that call each other: ' +
              ' '.join(comp))
        for a in comp:
            for b in sorted(edges[a] & set(comp)):
                print('  %s -> %s' % (a, b))
    for path in sorted(glob.glob('src/*.c') + glob.glob('src/*.h')):
        base = os.path.basename(path)
        if base.startswith('cmd') or base == 'main.c':
            continue
        with open(path, encoding='utf-8') as f:
            if '#include "mdtl/cmd.h"' in f.read():
                bad = 1
                print('check-layers: FAIL: %s includes mdtl/cmd.h' % path)
    if not bad:
        print('check-layers: %d files, no file calls back up, '
              'cmd.h only in the command layer' % len(edges))
    return bad


sys.exit(main())
