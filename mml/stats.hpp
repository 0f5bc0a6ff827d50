// mml/stats.hpp — unit 6, Statistics: data, descriptive statistics, empirical risk minimisation,
// regression, model selection, bias–variance, maximum likelihood and Bayesian inference.
#pragma once

#include "mml/core.hpp"
#include "mml/stats/bayes.hpp"
#include "mml/stats/bias_variance.hpp"
#include "mml/stats/csv.hpp"
#include "mml/stats/csv_records.hpp"
#include "mml/stats/dataset.hpp"
#include "mml/stats/descriptive.hpp"
#include "mml/stats/loss.hpp"
#include "mml/stats/mcmc.hpp"
#include "mml/stats/mle.hpp"
#include "mml/stats/model_selection.hpp"
#include "mml/stats/regression.hpp"
