// mml/geometry.hpp — unit 2, Analytic Geometry: inner products, norms, angles, orthogonality,
// projections, rotations, distances and PCA.
#pragma once

#include "mml/core.hpp"
#include "mml/geometry/inner_product.hpp"
#include "mml/geometry/knn.hpp"
#include "mml/geometry/orthogonal.hpp"
#include "mml/geometry/pca.hpp"
#include "mml/geometry/projection.hpp"
#include "mml/geometry/rotation.hpp"
