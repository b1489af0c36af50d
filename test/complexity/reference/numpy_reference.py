"""Independent reference for test/complexity/numpy-reference.test.ts, and the NumPy peer that
bench/complexity_numpy.py times (one implementation of the formulas for both).

`complexity(X)` computes the Growth Lab py-ecomplexity quantities with numpy on a dense
location x product table, following the package's definitions: RCA, M (RCA >= 1), diversity,
ubiquity; np.linalg.eig on the non-symmetric Mpp = U^-1 M^T D^-1 M, eigenvector of the second
largest eigenvalue, sign from corrcoef(diversity, kc); discrete symmetric proximity; density;
COI/COG; normalised like the Stata `ecomplexity` command (sd over the location x product table,
n - 1). With space="location" the eigenvector comes from the smaller Mcc = D^-1 M U^-1 M^T
instead (kp = U^-1 M^T kc / lambda), for the benchmark.

Run as a script, it builds a formula-generated dataset (250 locations x 400 products, the same
formula as the test) and prints the reference values:
python3 numpy_reference.py > numpy-250x400.json  (numpy only).
"""
import json
import numpy as np


def stata_sd(x, npr, nc):
    """Standard deviation over the full location x product table, n - 1 (as the Stata command)."""
    return np.sqrt(npr * ((x - x.mean()) ** 2).sum() / (nc * npr - 1))


def complexity(X, space="product"):
    nc, npr = X.shape
    rca = (X / X.sum(1)[:, None]) / (X.sum(0)[None, :] / X.sum())
    M = (rca >= 1).astype(float)
    div, ubi = M.sum(1), M.sum(0)
    mcp1, mcp2 = M / div[:, None], M / ubi[None, :]
    if space == "product":
        vals, vecs = np.linalg.eig(mcp2.T @ mcp1)
        order = vals.real.argsort()
        kp = np.real(vecs[:, order[-2]])
        kc = mcp1 @ kp
    else:
        vals, vecs = np.linalg.eig(mcp1 @ mcp2.T)
        order = vals.real.argsort()
        kc = np.real(vecs[:, order[-2]])
        kp = mcp2.T @ kc / vals.real[order[-2]]
    s = np.sign(np.corrcoef(div, kc)[0, 1])
    kc, kp = s * kc, s * kp
    phi = (M.T @ M) / ubi[None, :]
    np.fill_diagonal(phi, 0)
    phi = np.minimum(phi, phi.T)
    density = M @ (phi.T / phi.sum(1)[None, :])
    coi = ((density * (1 - M)) * kp).sum(1)
    cog = (1 - M) * ((1 - M) @ (phi * (kp / phi.sum(1))[:, None]))
    sd = stata_sd(kc, npr, nc)
    return {
        "rca": rca,
        "diversity": div,
        "ubiquity": ubi,
        "eigenvalues_top3": [float(vals.real[i]) for i in order[-3:][::-1]],
        "eci": (kc - kc.mean()) / sd,
        "pci": (kp - kc.mean()) / sd,
        "coi": (coi - coi.mean()) / stata_sd(coi, npr, nc),
        "cog": cog / sd,
        "density": density,
    }


NC, NP = 250, 400


def value(c, p):
    h = ((c + 1) * 7919 + (p + 1) * 104729 + (c + 1) * (p + 1) * 31) % 1000
    if h < 300:
        return 0
    return h * (50 if c * NP >= p * NC else 1) * (1 + c % 5)


if __name__ == "__main__":
    X = np.array([[value(c, p) for p in range(NP)] for c in range(NC)], dtype=float)
    assert (X.sum(1) > 0).all() and (X.sum(0) > 0).all()
    r = complexity(X)
    cells = list(range(0, NC * NP, 97))
    print(json.dumps({
        "source": "test/complexity/reference/numpy_reference.py, numpy " + np.__version__,
        "locations": NC,
        "products": NP,
        "eigenvalues_top3": r["eigenvalues_top3"],
        "diversity": r["diversity"].tolist(),
        "ubiquity": r["ubiquity"].tolist(),
        "eci": r["eci"].tolist(),
        "pci": r["pci"].tolist(),
        "coi": r["coi"].tolist(),
        "cells": cells,
        "rca": [float(r["rca"].flat[k]) for k in cells],
        "density": [float(r["density"].flat[k]) for k in cells],
        "cog": [float(r["cog"].flat[k]) for k in cells],
    }))
