"""Independent reference for test/substitution/units.test.ts: the product-space density of
DESIGN.md ("Analyses > Substitution") with numpy, as matrices (Hidalgo et al. 2007, Science 317):
M[f, q] = 1 when firm f makes q; phi = (M^T M) / max(k_p, k_q), diagonal 0; a cluster makes q when
any member does (Mc); density[c, p] = (Mc phi^T)[c, p] / sum_q phi[p, q], 0 where that sum is 0.
Reads {"makes": [[firm, component], ...], "members": {firm: cluster}, "components": [...],
"clusters": [...]} on stdin, writes {"density": [[...per component...] per cluster]}.
"""
import json
import sys

import numpy as np

data = json.load(sys.stdin)
comps = {c: i for i, c in enumerate(data["components"])}
clusters = {c: i for i, c in enumerate(data["clusters"])}
firms = sorted({f for f, _ in data["makes"]})
fi = {f: i for i, f in enumerate(firms)}
M = np.zeros((len(firms), len(comps)))
for f, q in data["makes"]:
    M[fi[f], comps[q]] = 1
k = M.sum(0)
shared = M.T @ M
phi = np.divide(shared, np.maximum.outer(k, k), out=np.zeros_like(shared), where=np.maximum.outer(k, k) > 0)
np.fill_diagonal(phi, 0)
Mc = np.zeros((len(clusters), len(comps)))
for f, c in data["members"].items():
    if f in fi:
        Mc[clusters[c]] = np.maximum(Mc[clusters[c]], M[fi[f]])
rowsum = phi.sum(1)
density = np.divide(Mc @ phi.T, rowsum[None, :], out=np.zeros((len(clusters), len(comps))), where=rowsum[None, :] > 0)
print(json.dumps({"density": density.tolist()}))
