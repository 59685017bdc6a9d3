# The real Prefect: a local server with its UI, the deployments of prefect.yaml, a worker.
# Included by the Makefile. `make up` does all three; the others do one step each.
# The server keeps its database in .prefect/server/ (git-ignored); `solieu run` keeps
# its own in .prefect/.
PREFECT_PORT        ?= 4200
PREFECT_SERVER_HOME ?= $(CURDIR)/.prefect/server
PREFECT_POOL        ?= solieu-pool
PREFECT_URL         := http://127.0.0.1:$(PREFECT_PORT)
SITE_PORT           ?= 8000
SERVER_ENV          := PREFECT_HOME=$(PREFECT_SERVER_HOME) PREFECT_SERVER_ANALYTICS_ENABLED=false
CLIENT_ENV          := $(SERVER_ENV) PREFECT_API_URL=$(PREFECT_URL)/api SOLIEU_HOME=$(CURDIR)

.PHONY: server server-stop deploy worker up site

# `prefect server start` writes its pid file into PREFECT_HOME/server/ and does not
# create the folders on the way: on a fresh clone they do not exist yet.
server: $(STAMP)  ## start a local Prefect server and UI at http://127.0.0.1:4200 (Ctrl-C stops it)
	mkdir -p $(PREFECT_SERVER_HOME)/server
	$(SERVER_ENV) $(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT)

server-stop:  ## stop the server `make up` started in the background
	-$(SERVER_ENV) $(BIN)/prefect server stop

deploy: $(STAMP)  ## deploy prefect.yaml (nightly + manual) to the local server; safe to repeat
	$(CLIENT_ENV) $(BIN)/python -m flows.deploy

worker: install  ## start a worker that runs the deployments' flow runs (Ctrl-C stops it)
	$(CLIENT_ENV) $(BIN)/prefect worker start --pool $(PREFECT_POOL) --type process

up: install  ## server in the background, deployments, then a worker; open http://127.0.0.1:4200
	mkdir -p $(PREFECT_SERVER_HOME)/server
	$(SERVER_ENV) $(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT) --background
	$(CLIENT_ENV) $(BIN)/prefect server status --wait --timeout 120
	$(CLIENT_ENV) $(BIN)/python -m flows.deploy
	@echo "UI: $(PREFECT_URL)  (deployments: publish-datasets/nightly, publish-datasets/manual)"
	@echo "Ctrl-C stops the worker; 'make server-stop' stops the server."
	$(CLIENT_ENV) $(BIN)/prefect worker start --pool $(PREFECT_POOL) --type process

site:  ## serve published/ at http://127.0.0.1:8000 (the catalog page and every version; Ctrl-C stops it)
	@echo "published/: http://127.0.0.1:$(SITE_PORT)/  (a run's 'published' link opens here)"
	$(PYTHON) -m http.server $(SITE_PORT) --bind 127.0.0.1 --directory published
