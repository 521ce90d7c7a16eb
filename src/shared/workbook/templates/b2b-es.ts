import type { B2bCopy } from './b2b-copy';

/** Ejemplo B2B en español: una empresa de software de Madrid que vende a medianas empresas. */
export const b2bEs: B2bCopy = {
  title: 'Acuerdo de nivel de servicio entre Marketing y Ventas',
  company: 'Nubeia Software S.L.',
  teams: {
    marketing: {
      name: 'Marketing',
      owner: 'Lucía Ferrer (directora de marketing)',
      approver: 'Lucía Ferrer',
    },
    sdr: {
      name: 'Desarrollo de ventas (SDR)',
      owner: 'Javier Molina (jefe de SDR)',
      approver: 'Javier Molina',
    },
    sales: { name: 'Ventas', owner: 'Marta Soler (directora comercial)', approver: 'Marta Soler' },
    revops: { name: 'RevOps', owner: 'Andrés Vidal (responsable de RevOps)', approver: 'Carmen Ruiz (CEO)' },
  },
  partiesNotes:
    'RevOps custodia el acuerdo, mantiene el CRM y publica las cifras. La dirección general arbitra cuando los equipos no llegan a un acuerdo.',
  activities: [
    'Captación de leads',
    'Puntuación (lead scoring)',
    'Traspaso a ventas',
    'Seguimiento comercial',
    'Reciclaje de leads estancados',
    'Informes y cuadro de mando',
  ],
  personas: [
    {
      name: 'Directora financiera de pyme industrial',
      role: 'Dirección financiera (CFO)',
      companySize: '50–250 empleados',
      industry: 'Fabricación y distribución',
      pains:
        'El cierre mensual depende de hojas de cálculo; no ve la tesorería a tres meses; las auditorías le consumen semanas.',
      triggers:
        'Cambio de ERP, entrada de un fondo inversor, una auditoría con salvedades o el crecimiento a un segundo país.',
      disqualifiers:
        'Menos de 20 empleados, sin presupuesto aprobado este año o contrato reciente con un competidor a tres años.',
    },
    {
      name: 'Responsable de operaciones de distribución',
      role: 'Dirección de operaciones',
      companySize: '100–500 empleados',
      industry: 'Logística y distribución mayorista',
      pains: 'Roturas de stock, previsiones de demanda manuales y datos dispersos entre almacén y ventas.',
      triggers:
        'Apertura de un nuevo almacén, pérdida de un cliente clave por retrasos o un proyecto de digitalización.',
      disqualifiers:
        'Operación íntegramente subcontratada a un operador logístico o sin sistema de gestión de almacén.',
    },
    {
      name: 'Director de sistemas de grupo multinacional',
      role: 'Dirección de sistemas (CIO)',
      companySize: 'Más de 1.000 empleados',
      industry: 'Varios sectores',
      pains:
        'Integraciones frágiles entre filiales, exigencias de seguridad y cumplimiento, proveedores que no escalan.',
      triggers: 'Consolidación de sistemas tras una adquisición o una licitación abierta.',
      disqualifiers:
        'Compra centralizada en la matriz fuera de España o licitación pública con pliego cerrado.',
    },
  ],
  stages: [
    {
      name: 'Visita',
      definition: 'Persona anónima que llega a la web o a un contenido de la empresa.',
      entry: 'Primera sesión registrada por la analítica web.',
      exit: 'Deja sus datos en un formulario, evento o chat.',
    },
    {
      name: 'Lead',
      definition: 'Contacto identificado con el que podemos comunicarnos y que ha dado su consentimiento.',
      entry: 'Formulario completado con nombre, email de empresa y consentimiento.',
      exit: 'Alcanza la puntuación de MQL o se descarta por datos inválidos.',
    },
    {
      name: 'MQL',
      definition:
        'Lead que encaja con un buyer persona aceptado y muestra interés suficiente: marketing lo da por listo para ventas.',
      entry: 'Puntuación igual o superior al umbral acordado (60 puntos) o petición expresa de demo.',
      exit: 'El equipo SDR lo acepta como SQL o lo rechaza con un motivo de la lista.',
    },
    {
      name: 'SQL',
      definition:
        'Lead que el equipo de ventas ha contactado y considera cualificado: tiene necesidad, presupuesto, autoridad y plazo.',
      entry: 'Llamada de cualificación hecha y criterios BANT registrados en el CRM.',
      exit: 'Se crea una oportunidad con importe y fecha de cierre, o se devuelve a marketing.',
    },
    {
      name: 'Oportunidad',
      definition:
        'Proyecto de compra concreto con importe estimado, decisor identificado y fecha prevista de cierre.',
      entry: 'Reunión de descubrimiento con el decisor y propuesta en preparación.',
      exit: 'Contrato firmado (ganada) o pérdida registrada con su motivo.',
    },
    {
      name: 'Cliente',
      definition: 'Empresa con contrato firmado y primera factura emitida.',
      entry: 'Contrato firmado por ambas partes.',
      exit: 'Baja del contrato (pasa a exclientes).',
    },
  ],
  criteria: [
    'Cargo con capacidad de decisión (dirección o gerencia)',
    'Empresa de 50 a 500 empleados',
    'Sector objetivo (industria, distribución o logística)',
    'Ubicada en España o Portugal',
    'Estudiante, competidor o email personal',
    'Ha pedido una demo o un presupuesto',
    'Ha visitado la página de precios dos veces en 14 días',
    'Ha asistido a un webinar o evento',
    'Ha descargado una guía o un caso de éxito',
    'Sin actividad en los últimos 90 días',
  ],
  clauses: {
    mqlVolume: {
      title: 'Marketing entrega 400 MQL al mes',
      consequence:
        'Marketing presenta en la revisión mensual un plan de recuperación con campañas y presupuesto adicionales para el mes siguiente.',
    },
    eventVolume: {
      title: 'Eventos y webinars aportan 150 MQL por trimestre',
      consequence:
        'Se revisa el calendario de eventos y se reasigna presupuesto a los canales que sí cumplen.',
      channel: 'Eventos y webinars',
    },
    firstTouch: {
      title: 'Primer contacto con cada MQL en 4 horas laborables',
      consequence:
        'El jefe de SDR revisa los leads sin contactar cada mañana; dos meses seguidos por debajo activan la revisión de capacidad del equipo.',
    },
    followUp: {
      title: 'Tres contactos de seguimiento con cada MQL en cinco días laborables',
      consequence:
        'Los MQL sin seguimiento se revisan en la reunión semanal de pipeline; a partir del quinto día marketing puede reasignarlos a otro comercial.',
    },
    acceptance: {
      title: 'Aceptar o rechazar cada MQL en 48 horas, con motivo',
      consequence:
        'Los MQL sin respuesta en 48 horas se consideran aceptados y cuentan para el objetivo de conversión de ventas.',
      reasonCodes: [
        'Fuera del perfil acordado',
        'Sin presupuesto ni proyecto',
        'Datos de contacto erróneos',
        'Ya es cliente',
        'Duplicado',
        'Competidor o estudiante',
      ],
    },
    acceptanceRate: {
      title: 'Ventas acepta al menos el 70 % de los MQL que decide',
      consequence:
        'Dos meses por debajo del 70 %: marketing y ventas repasan juntos los motivos de rechazo del mes y RevOps propone un cambio de scoring.',
    },
    scoring: {
      title: 'El 95 % de los MQL llegan a ventas con la puntuación mínima acordada',
      consequence:
        'Los traspasos por debajo del umbral se revisan en la reunión mensual; marketing corrige el flujo que los dejó pasar.',
    },
    mqlToSql: {
      title: 'Al menos el 25 % de los MQL pasan a SQL en 30 días',
      consequence:
        'Marketing y ventas revisan juntos una muestra de 30 MQL rechazados; una persona ajena a ambos equipos (RevOps) decide si se ajusta la puntuación.',
    },
    recycling: {
      title: 'Devolver a marketing los SQL parados 30 días',
      consequence:
        'RevOps devuelve automáticamente a nutrición los SQL sin actividad y lo señala en la revisión mensual.',
    },
    revenue: {
      title: 'Ingresos ganados cada trimestre al menos los del plan',
      consequence:
        'Dos trimestres por debajo del plan: la planificación conjunta revisa el objetivo, la operación media y el objetivo de MQL antes del trimestre siguiente.',
    },
    capacity: {
      title: 'Ningún SDR recibe al mes más MQL que la capacidad por comercial del plan',
      consequence:
        'Un SDR por encima de su capacidad: RevOps reequilibra el reparto en la semana; si se repite dos meses, la dirección comercial decide entre contratar o que marketing frene las campañas de pago.',
    },
    velocity: {
      title: 'De SQL a oportunidad en una mediana de 14 días',
      consequence:
        'La dirección comercial revisa el embudo de cada comercial con la mediana por encima del objetivo.',
    },
    enablement: {
      title: 'Contenidos para ventas y registro de motivos de pérdida',
      consequence: 'Se trata como punto fijo en la revisión mensual hasta que se cumpla.',
      text: 'Cada trimestre marketing publica al menos dos casos de éxito y una ficha comparativa frente a la competencia, elegidos con ventas. Ventas registra en el CRM el motivo de cada oportunidad perdida para que marketing ajuste mensajes y segmentación.',
    },
  },
  comments: {
    firstTouch: {
      author: 'Javier Molina',
      text: 'De acuerdo con 4 horas si los MQL del fin de semana cuentan desde el lunes a las 9:00.',
    },
    mqlToSql: {
      author: 'Marta Soler',
      text: 'Ventas pide el 30 %: los MQL de descargas de guías casi nunca convierten. Propongo revisarlo con los datos del último trimestre.',
    },
    persona: {
      author: 'Marta Soler',
      text: 'Los ciclos con grandes grupos superan los seis meses; ventas prefiere tratarlos como cuentas estratégicas fuera de este acuerdo.',
    },
  },
  feedback: {
    channels:
      'Canal #marketing-ventas en el chat de la empresa, notas en la ficha del CRM y el cuadro de mando compartido de RevOps.',
    reports: [
      {
        from: 'sdr',
        to: 'marketing',
        what: 'Calidad de los leads: MQL aceptados y rechazados con su motivo, por campaña',
        channel: 'Cuadro de mando del CRM',
        frequency: 'Semanal',
      },
      {
        from: 'sales',
        to: 'marketing',
        what: 'Análisis de oportunidades ganadas y perdidas, con el contenido que ayudó',
        channel: 'Revisión mensual',
        frequency: 'Mensual',
      },
      {
        from: 'marketing',
        to: 'sales',
        what: 'Calendario de campañas y contenidos nuevos para usar en la venta',
        channel: 'Canal #marketing-ventas',
        frequency: 'Quincenal',
      },
      {
        from: 'revops',
        to: 'marketing',
        what: 'Cumplimiento de cada cláusula del acuerdo y previsión frente al plan',
        channel: 'Informe por email',
        frequency: 'Mensual',
      },
      {
        from: 'revops',
        to: 'sales',
        what: 'Cumplimiento de cada cláusula del acuerdo y previsión frente al plan',
        channel: 'Informe por email',
        frequency: 'Mensual',
      },
    ],
    meetings: [
      {
        name: 'Triaje semanal de leads',
        cadence: 'Semanal, lunes 9:30 (30 min)',
        attendees: 'Jefe de SDR, responsable de generación de demanda, RevOps',
        agenda:
          'MQL rechazados de la semana y sus motivos; leads sin contactar; ajustes rápidos de campañas.',
      },
      {
        name: 'Revisión mensual del acuerdo',
        cadence: 'Mensual, primer martes (1 h)',
        attendees: 'Directora de marketing, directora comercial, jefe de SDR, RevOps',
        agenda:
          'Cumplimiento de cada cláusula; plan frente a real; problemas del manual de actuación; decisiones y responsables.',
      },
      {
        name: 'Planificación trimestral conjunta',
        cadence: 'Trimestral (medio día)',
        attendees: 'Dirección general, marketing, ventas, RevOps',
        agenda:
          'Objetivos del trimestre, presupuesto por canal, cambios en buyer personas y en la puntuación.',
      },
    ],
  },
  playbook: [
    {
      problem: 'Marketing no llega al volumen de MQL comprometido',
      diagnosis:
        'Comparar el mes con el plan por canal: ¿cae el tráfico, la conversión de visita a lead o la de lead a MQL? Revisar si hubo cambios en la puntuación o campañas pausadas.',
      action:
        'Marketing presenta un plan de recuperación en la revisión mensual; si la causa es la puntuación, RevOps propone el ajuste y ambos equipos lo aprueban. Ventas refuerza la prospección saliente mientras tanto.',
    },
    {
      problem: 'Marketing entrega más MQL de los que ventas puede atender',
      diagnosis:
        'Comparar los MQL del mes con la capacidad (SDR × leads por SDR) y mirar el tiempo de primer contacto: si empeora, el cuello de botella es la capacidad.',
      action:
        'Priorizar por puntuación y subir temporalmente el umbral; derivar los de menor puntuación a nutrición automatizada; valorar ampliar el equipo SDR si se repite dos meses.',
    },
    {
      problem: 'Ventas considera que los leads son de baja calidad',
      diagnosis:
        'Una persona ajena a ambos equipos (RevOps) revisa una muestra de MQL rechazados frente a los buyer personas y la puntuación acordados.',
      action:
        'Si los leads cumplían la definición, ventas revisa su seguimiento; si no, marketing corrige la segmentación y RevOps la puntuación. Se documenta el cambio y se mide el mes siguiente.',
    },
  ],
  review: {
    renegotiation:
      'El acuerdo se revisa cada seis meses y siempre que un equipo incumpla una cláusula dos meses seguidos. Los cambios se firman como una nueva revisión.',
    termination:
      'Cualquiera de las partes puede proponer darlo por terminado en la revisión trimestral; sigue vigente hasta que la dirección general firme su sustitución.',
  },
  scenario: {
    name: 'Plan de referencia',
    notes:
      'Objetivo anual de 1,2 M€ con un contrato medio de 12.000 €; tasas del último año con un margen de prudencia.',
  },
  notes: '',
};
