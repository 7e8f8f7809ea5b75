# Image for the explorer app and the one-shot seed loader (docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/app
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY loaders/ loaders/
COPY explorer/ explorer/
COPY seeds/ seeds/
COPY .streamlit/ .streamlit/
EXPOSE 8501
CMD ["python", "-m", "streamlit", "run", "explorer/app.py", "--server.port=8501", \
     "--server.address=0.0.0.0", "--server.headless=true", "--browser.gatherUsageStats=false"]
