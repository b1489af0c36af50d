#!/usr/bin/env python3
"""NetworkX side of `npm run bench -- network` (bench/network.ts).

Reads a graph and a list of pairs written by the benchmark, times only the computations
(not reading, building the graph or writing), and writes the times and the values:

- betweenness: nx.betweenness_centrality(G, normalized=True) on the undirected simple firm graph;
- link scores: nx.common_neighbors (its length), nx.jaccard_coefficient, nx.adamic_adar_index,
  nx.resource_allocation_index and nx.preferential_attachment over the same pairs.

Usage: python3 bench/network_networkx.py IN.json OUT.json
  IN.json:  {"nodes": [id, ...], "edges": [[u, v], ...], "pairs": [[u, v], ...]}
  OUT.json: {"networkx": version, "seconds": {"betweenness": s, "<method>": s, ...},
             "betweenness": {id: value}, "scores": {"<method>": [value, ...]}}
"""

import json
import sys
import time

import networkx as nx


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def main(path_in, path_out):
    with open(path_in, encoding="utf-8") as f:
        data = json.load(f)
    g = nx.Graph()
    g.add_nodes_from(data["nodes"])
    g.add_edges_from(data["edges"])
    pairs = [tuple(p) for p in data["pairs"]]

    seconds = {}
    scores = {}
    betweenness, seconds["betweenness"] = timed(lambda: nx.betweenness_centrality(g, normalized=True))
    scores["common-neighbors"], seconds["common-neighbors"] = timed(
        lambda: [len(list(nx.common_neighbors(g, u, v))) for u, v in pairs]
    )
    for name, fn in [
        ("jaccard", nx.jaccard_coefficient),
        ("adamic-adar", nx.adamic_adar_index),
        ("resource-allocation", nx.resource_allocation_index),
        ("preferential-attachment", nx.preferential_attachment),
    ]:
        scores[name], seconds[name] = timed(lambda fn=fn: [s for _, _, s in fn(g, pairs)])

    with open(path_out, "w", encoding="utf-8") as f:
        json.dump({"networkx": nx.__version__, "seconds": seconds, "betweenness": betweenness, "scores": scores}, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
