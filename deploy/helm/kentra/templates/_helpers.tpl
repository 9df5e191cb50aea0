{{/* Names and labels. */}}
{{- define "kentra.labels" -}}
app.kubernetes.io/part-of: kentra
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end }}

{{- define "kentra.selector" -}}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/name: {{ .name }}
{{- end }}

{{- define "kentra.image" -}}
{{ .root.Values.image.registry }}{{ .root.Values.image.repositoryPrefix }}/{{ .name }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- end }}

{{/* A database cell's host: the CloudNativePG read-write Service when managed, the external host otherwise. */}}
{{- define "kentra.cellHost" -}}
{{- if .cell.managed -}}
{{ .root.Release.Name }}-{{ .cell.name }}-rw
{{- else -}}
{{ required (printf "cells[%s].host is required when the cell is not managed" .cell.name) .cell.host }}
{{- end -}}
{{- end }}

{{- define "kentra.cellJdbcUrl" -}}
jdbc:postgresql://{{ include "kentra.cellHost" . }}:{{ .cell.port | default 5432 }}/{{ .cell.database }}
{{- end }}

{{- define "kentra.platformDbHost" -}}
{{- if .Values.platformDatabase.managed -}}
{{ .Release.Name }}-platform-db-rw
{{- else -}}
{{ required "platformDatabase.host is required when it is not managed" .Values.platformDatabase.host }}
{{- end -}}
{{- end }}

{{- define "kentra.issuer" -}}
https://{{ .Values.keycloak.hostname }}/realms/{{ .Values.keycloak.realm }}
{{- end }}

{{/* How the services reach Keycloak inside the cluster: the operator's Service, or the configured URL. */}}
{{- define "kentra.keycloakInternalUrl" -}}
{{- if eq .Values.keycloak.mode "operator" -}}
http://{{ .Release.Name }}-keycloak-service:8080
{{- else -}}
{{ required "keycloak.internalUrl is required when keycloak.mode=external" .Values.keycloak.internalUrl }}
{{- end -}}
{{- end }}

{{- define "kentra.internalRealm" -}}
{{ include "kentra.keycloakInternalUrl" . }}/realms/{{ .Values.keycloak.realm }}
{{- end }}

{{/* Environment every service gets: token checks, the management port, graceful shutdown, JVM sizing. */}}
{{- define "kentra.commonEnv" -}}
- name: KENTRA_SECURITY_ISSUERURI
  value: {{ include "kentra.issuer" . | quote }}
- name: KENTRA_SECURITY_JWKSETURI
  value: {{ printf "%s/protocol/openid-connect/certs" (include "kentra.internalRealm" .) | quote }}
- name: MANAGEMENT_SERVER_PORT
  value: {{ .Values.management.port | quote }}
# Latency buckets for the dashboards' percentiles (a handful, not a full histogram per route).
- name: MANAGEMENT_METRICS_DISTRIBUTION_SLO_HTTP_SERVER_REQUESTS
  value: 50ms,100ms,250ms,500ms,1s,2s,5s
- name: SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE
  value: {{ .Values.shutdown.springTimeout | quote }}
- name: JAVA_TOOL_OPTIONS
  value: "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
{{- end }}

{{/* A database user and password from a kubernetes.io/basic-auth Secret. */}}
{{- define "kentra.dbCredentialsEnv" -}}
- name: {{ .prefix }}USERNAME
  valueFrom: {secretKeyRef: {name: {{ .secret }}, key: username}}
- name: {{ .prefix }}PASSWORD
  valueFrom: {secretKeyRef: {name: {{ .secret }}, key: password}}
{{- end }}

{{/*
A service's Deployment and Service. Arguments: root, name (service name), svc (its values), env (YAML list),
volumes and volumeMounts (YAML lists, optional).
*/}}
{{- define "kentra.deployment" -}}
{{- $root := .root -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $root.Release.Name }}-{{ .name }}
  labels:
    {{- include "kentra.labels" $root | nindent 4 }}
    app.kubernetes.io/name: {{ .name }}
spec:
  {{- if not .svc.autoscaling.enabled }}
  replicas: {{ .svc.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxUnavailable: 0, maxSurge: 1}
  selector:
    matchLabels:
      {{- include "kentra.selector" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "kentra.labels" $root | nindent 8 }}
        app.kubernetes.io/name: {{ .name }}
    spec:
      automountServiceAccountToken: false
      terminationGracePeriodSeconds: {{ $root.Values.shutdown.terminationGracePeriodSeconds }}
      securityContext:
        {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      {{- with $root.Values.image.pullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "kentra.selector" . | nindent 14 }}
      containers:
        - name: {{ .name }}
          image: {{ include "kentra.image" . }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          ports:
            - {name: http, containerPort: {{ .svc.port }}}
            - {name: management, containerPort: {{ $root.Values.management.port }}}
          env:
            {{- include "kentra.commonEnv" $root | nindent 12 }}
            {{- .env | nindent 12 }}
            {{- range $k, $v := .svc.env }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
          startupProbe:
            httpGet: {path: /actuator/health/liveness, port: management}
            periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
          readinessProbe:
            httpGet: {path: /actuator/health/readiness, port: management}
            periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
          livenessProbe:
            httpGet: {path: /actuator/health/liveness, port: management}
            periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
          lifecycle:
            preStop:
              sleep: {seconds: {{ $root.Values.shutdown.preStopSeconds }}}
          resources:
            {{- toYaml .svc.resources | nindent 12 }}
          securityContext:
            {{- toYaml $root.Values.containerSecurityContext | nindent 12 }}
          volumeMounts:
            - {name: tmp, mountPath: /tmp}
            {{- with .volumeMounts }}
            {{- . | nindent 12 }}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: {}
        {{- with .volumes }}
        {{- . | nindent 8 }}
        {{- end }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $root.Release.Name }}-{{ .name }}
  labels:
    {{- include "kentra.labels" $root | nindent 4 }}
    app.kubernetes.io/name: {{ .name }}
spec:
  selector:
    {{- include "kentra.selector" . | nindent 4 }}
  ports:
    - {name: http, port: {{ .svc.port }}, targetPort: http}
    - {name: management, port: {{ $root.Values.management.port }}, targetPort: management}
{{- end }}

{{/* A CloudNativePG Cluster. Arguments: root, name, spec (instances, storage, backup...), database, owner secret. */}}
{{- define "kentra.cnpgCluster" -}}
{{- $root := .root -}}
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: {{ $root.Release.Name }}-{{ .name }}
  labels:
    {{- include "kentra.labels" $root | nindent 4 }}
    kentra.gr/database-role: {{ .role }}
spec:
  instances: {{ .spec.instances }}
  imageName: ghcr.io/cloudnative-pg/postgresql:18
  primaryUpdateStrategy: unsupervised
  enableSuperuserAccess: false
  storage:
    size: {{ .spec.storage.size }}
    {{- with .spec.storage.storageClass }}
    storageClass: {{ . }}
    {{- end }}
  {{- with .spec.walStorage }}
  walStorage:
    size: {{ .size }}
    {{- with .storageClass }}
    storageClass: {{ . }}
    {{- end }}
  {{- end }}
  {{- with .spec.postgresql }}
  postgresql:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .spec.resources }}
  resources:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  bootstrap:
    initdb:
      database: {{ .database }}
      owner: {{ .owner }}
      secret: {name: {{ .secret }}}
      encoding: UTF8
  {{- with .extraRoles }}
  managed:
    roles:
      {{- . | nindent 6 }}
  {{- end }}
  {{- if .spec.backup.enabled }}
  # Base backups and continuous WAL archiving to object storage (Barman Cloud): point-in-time recovery to any
  # moment within retentionPolicy, by a new Cluster bootstrapped with recovery.recoveryTarget.targetTime.
  backup:
    retentionPolicy: {{ .spec.backup.retentionPolicy | quote }}
    barmanObjectStore:
      destinationPath: {{ required (printf "%s: backup.destinationPath" .name) .spec.backup.destinationPath | quote }}
      {{- with .spec.backup.endpointURL }}
      endpointURL: {{ . | quote }}
      {{- end }}
      s3Credentials:
        accessKeyId: {name: {{ .spec.backup.credentialsSecret }}, key: ACCESS_KEY_ID}
        secretAccessKey: {name: {{ .spec.backup.credentialsSecret }}, key: ACCESS_SECRET_KEY}
      wal:
        compression: gzip
      data:
        compression: gzip
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: {{ $root.Release.Name }}-{{ .name }}
  labels:
    {{- include "kentra.labels" $root | nindent 4 }}
spec:
  schedule: {{ .spec.backup.schedule | quote }}
  backupOwnerReference: self
  cluster:
    name: {{ $root.Release.Name }}-{{ .name }}
  {{- end }}
{{- end }}
