// mml/models.hpp — the models the six units build (MML part II): Gaussian mixtures and EM, k-means,
// kernels and support vector machines, multilayer perceptrons with backpropagation, softmax regression.
#pragma once

#include "mml/core.hpp"
#include "mml/models/checks.hpp"
#include "mml/models/em.hpp"
#include "mml/models/kernel.hpp"
#include "mml/models/kmeans.hpp"
#include "mml/models/layer.hpp"
#include "mml/models/mixture.hpp"
#include "mml/models/network.hpp"
#include "mml/models/softmax.hpp"
#include "mml/models/softmax_regression.hpp"
#include "mml/models/svm.hpp"
#include "mml/models/training.hpp"
