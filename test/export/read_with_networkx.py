"""Reads a GraphML and a GEXF file with NetworkX and prints what it found as JSON, so the vitest
suite (test/export/networkx.test.ts) can compare it with the exported graph.

usage: python3 read_with_networkx.py FILE.graphml FILE.gexf
"""
import json
import sys

import networkx as nx


def describe(g):
    return {
        "type": type(g).__name__,
        "version": nx.__version__,
        "nodes": {str(n): data for n, data in g.nodes(data=True)},
        "edges": [[u, v, str(k), data] for u, v, k, data in g.edges(keys=True, data=True)],
    }


graphml = nx.read_graphml(sys.argv[1])
gexf = nx.read_gexf(sys.argv[2])
print(json.dumps({"graphml": describe(graphml), "gexf": describe(gexf)}))
