"""Independent reference for test/complexity/numpy-reference.test.ts.

Builds a formula-generated dataset (250 locations x 400 products, the same formula as the test),
then computes the Growth Lab py-ecomplexity quantities with numpy, following the package's
definitions: np.linalg.eig on the non-symmetric Mpp = U^-1 M^T D^-1 M, eigenvector of the second
largest eigenvalue, sign from corrcoef(diversity, kc); discrete symmetric proximity; density;
COI/COG; normalised like the Stata `ecomplexity` command (sd over the location x product table,
n - 1). Run: python3 numpy_reference.py > numpy-250x400.json  (numpy only).
"""
import json
import numpy as np

NC, NP = 250, 400


def value(c, p):
    h = ((c + 1) * 7919 + (p + 1) * 104729 + (c + 1) * (p + 1) * 31) % 1000
    if h < 300:
        return 0
    return h * (50 if c * NP >= p * NC else 1) * (1 + c % 5)


X = np.array([[value(c, p) for p in range(NP)] for c in range(NC)], dtype=float)
assert (X.sum(1) > 0).all() and (X.sum(0) > 0).all()
num = X / X.sum(1)[:, None]
loc_total = X.sum(0)[None, :]
rca = num / (loc_total / loc_total.sum())
M = (rca >= 1).astype(float)
div, ubi = M.sum(1), M.sum(0)
mcp1, mcp2 = M / div[:, None], M / ubi[None, :]
vals, vecs = np.linalg.eig(mcp2.T @ mcp1)
order = vals.real.argsort()
kp = np.real(vecs[:, order[-2]])
kc = mcp1 @ kp
s = np.sign(np.corrcoef(div, kc)[0, 1])
kc, kp = s * kc, s * kp

phi = (M.T @ M) / ubi[None, :]
np.fill_diagonal(phi, 0)
phi = np.minimum(phi, phi.T)
density = M @ (phi.T / phi.sum(1)[None, :])
coi = ((density * (1 - M)) * kp).sum(1)
cog = (1 - M) * ((1 - M) @ (phi * (kp / phi.sum(1))[:, None]))


def stata_sd(x):
    return np.sqrt(NP * ((x - x.mean()) ** 2).sum() / (NC * NP - 1))


sd = stata_sd(kc)
eci = (kc - kc.mean()) / sd
pci = (kp - kc.mean()) / sd
coi_n = (coi - coi.mean()) / stata_sd(coi)
cog_n = cog / sd
cells = list(range(0, NC * NP, 97))
print(json.dumps({
    "source": "test/complexity/reference/numpy_reference.py, numpy " + np.__version__,
    "locations": NC,
    "products": NP,
    "eigenvalues_top3": [float(vals.real[i]) for i in order[-3:][::-1]],
    "diversity": div.tolist(),
    "ubiquity": ubi.tolist(),
    "eci": eci.tolist(),
    "pci": pci.tolist(),
    "coi": coi_n.tolist(),
    "cells": cells,
    "rca": [float(rca.flat[k]) for k in cells],
    "density": [float(density.flat[k]) for k in cells],
    "cog": [float(cog_n.flat[k]) for k in cells],
}))
