#!/usr/bin/env python3
"""NetworkX and igraph side of `npm run bench -- research-graph` (bench/research-graph.ts).

Reads the benchmark's graph, times only the computations (not reading or building the graph) and
writes the times and values of the same four questions the route answers:

- betweenness: nx.betweenness_centrality(G) / igraph Graph.betweenness() rescaled by 2/((n-1)(n-2));
- pagerank: nx.pagerank(G) / Graph.pagerank() (PRPACK: an exact solve, not power iteration);
- louvain: nx.community.louvain_communities(G, seed) / Graph.community_multilevel() (its own order);
- top: the `top` best non-adjacent pairs by Jaccard coefficient, as a NetworkX or igraph user
  would find them: the pairs at distance 2 (the only ones scoring above 0), scored, best kept.

Usage: python3 bench/research_graph_peers.py IN.json OUT.json
  IN.json:  {"nodes": [id, ...], "edges": [[u, v], ...], "top": k, "seed": s}
  OUT.json: {"<peer>": {"version": v, "seconds": {...}, "betweenness": {id: x}, "pagerank": {id: x},
             "modularity": m, "top": [score, ...]}}  for peer in networkx, igraph
"""

import heapq
import json
import sys
import time

import networkx as nx


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def networkx_side(data):
    g = nx.Graph()
    g.add_nodes_from(data["nodes"])
    g.add_edges_from(data["edges"])
    s = {}
    between, s["betweenness"] = timed(lambda: nx.betweenness_centrality(g))
    rank, s["pagerank"] = timed(lambda: nx.pagerank(g))
    comms, s["louvain"] = timed(lambda: nx.community.louvain_communities(g, seed=data["seed"]))

    def top():
        pairs = set()
        for w in g:
            nbrs = list(g[w])
            for i, u in enumerate(nbrs):
                for v in nbrs[i + 1:]:
                    if not g.has_edge(u, v):
                        pairs.add((u, v) if u < v else (v, u))
        return heapq.nlargest(data["top"], (p for _, _, p in nx.jaccard_coefficient(g, pairs)))

    best, s["top"] = timed(top)
    return {"version": nx.__version__, "seconds": s, "betweenness": between, "pagerank": rank,
            "modularity": nx.community.modularity(g, comms), "top": best}


def igraph_side(data):
    import igraph as ig

    index = {v: i for i, v in enumerate(data["nodes"])}
    g = ig.Graph(n=len(index), edges=[(index[u], index[v]) for u, v in data["edges"]])
    n = g.vcount()
    s = {}
    between, s["betweenness"] = timed(lambda: g.betweenness(directed=False))
    rank, s["pagerank"] = timed(lambda: g.pagerank())
    comms, s["louvain"] = timed(lambda: g.community_multilevel())

    def top():
        adj = [set(a) for a in g.get_adjlist()]
        pairs = set()
        for w in range(n):
            nbrs = sorted(adj[w])
            for i, u in enumerate(nbrs):
                for v in nbrs[i + 1:]:
                    if v not in adj[u]:
                        pairs.add((u, v))
        pairs = list(pairs)
        return heapq.nlargest(data["top"], g.similarity_jaccard(pairs=pairs))

    best, s["top"] = timed(top)
    scale = 2 / ((n - 1) * (n - 2))
    ids = data["nodes"]
    return {"version": ig.__version__, "seconds": s, "betweenness": {ids[i]: b * scale for i, b in enumerate(between)},
            "pagerank": {ids[i]: r for i, r in enumerate(rank)}, "modularity": comms.modularity, "top": best}


def main(path_in, path_out):
    with open(path_in, encoding="utf-8") as f:
        data = json.load(f)
    out = {"networkx": networkx_side(data), "igraph": igraph_side(data)}
    with open(path_out, "w", encoding="utf-8") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
